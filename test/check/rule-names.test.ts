/** Mọi quy tắc có tên cho người đọc bằng tiếng Việt và tiếng Anh: ngăn tác vụ không bao giờ hiện mã quy tắc thô. */
import { RULES } from '../../src/check';
import { REVIEWER_RULES } from '../../src/check/rules';
import { checkEn, checkVi } from '../../src/taskpane/strings/check';

const ids = [...RULES.map((r) => r.id), ...Object.values(REVIEWER_RULES).map((r) => r.id), 'item-unsure'];

test.each(ids)('%s có tên tiếng Việt và tiếng Anh', (id) => {
  expect(checkVi.ruleNames[id]).toMatch(/\p{L}/u);
  expect(checkEn.ruleNames[id]).toMatch(/\p{L}/u);
  expect(checkVi.ruleNames[id]).not.toBe(id);
});

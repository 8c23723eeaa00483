/**
 * Bộ truy vấn có đáp án (test/fixtures/citations, do một người viết không xem mã tìm kiếm): không bao giờ đưa văn bản sai
 * làm câu trả lời; văn bản không có trong danh mục thì "không tìm thấy".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answerFor } from '../../src/cite/answer';

const queries = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/citations/queries.json'), 'utf8')) as { query: string; expected: string | null }[];

test('ít nhất 40 truy vấn, một nửa cho văn bản không có trong danh mục', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  expect(queries.filter((q) => q.expected === null).length * 2).toBeGreaterThanOrEqual(queries.length - 10);
});

test('không đưa văn bản sai; mọi truy vấn văn bản ngoài danh mục đều "không tìm thấy"; tìm đúng ít nhất 29/30', () => {
  const answers = queries.map((q) => ({ ...q, got: answerFor(q.query).document?.id ?? null }));
  const wrong = answers.filter((a) => a.got !== null && a.got !== a.expected);
  expect(wrong.map((a) => `${a.query} → ${a.got}`)).toEqual([]);
  expect(answers.filter((a) => a.expected === null).every((a) => a.got === null)).toBe(true);
  const withAnswer = answers.filter((a) => a.expected !== null);
  expect(withAnswer.filter((a) => a.got === a.expected).length).toBeGreaterThanOrEqual(withAnswer.length - 1);
});

import { execFileSync, spawnSync } from 'node:child_process';
import { run } from '../../src/cli/main';
import { plan2023 } from '../../src/plan';
import { memoryIO } from '../support/memory-io';

const planItemIds = [
  'II.1.1', 'II.1.2', 'II.2.1', 'II.3.a.1', 'II.3.a.2', 'II.3.a.3', 'II.3.b.1', 'II.3.b.2', 'II.3.c.1', 'II.3.c.2',
  'II.3.c.3', 'II.3.c.4', 'II.3.c.5', 'II.3.c.6', 'II.3.d.1', 'II.3.đ.1', 'II.3.đ.2', 'II.3.đ.3', 'II.3.đ.4',
  'II.3.e.1', 'II.3.g.1', 'II.3.g.2', 'II.3.g.3', 'II.3.h.1', 'II.3.i.1', 'II.3.i.2',
];

describe('pctn plan show', () => {
  test('--json in đúng 26 nhiệm vụ của plan-items.md', async () => {
    const io = memoryIO();
    expect(await run(['plan', 'show', '--json'], io)).toBe(0);
    const plan = JSON.parse(io.out()) as typeof plan2023;
    expect(plan.items.map((item) => item.id)).toEqual(planItemIds);
    expect(io.err()).toBe('');
  });

  test('bản đọc được liệt kê nhiệm vụ, đơn vị và lịch báo cáo bằng tiếng Việt', async () => {
    const io = memoryIO();
    expect(await run(['plan', 'show'], io)).toBe(0);
    const text = io.out();
    expect(text).toContain('II.3.b.2');
    expect(text).toContain('chủ trì: Thanh tra Sở; phối hợp: Văn phòng Sở');
    expect(text).toMatch(/Q1\s+quý I\s+hạn 05\/03/);
    expect(text).toMatch(/Y\s+quý IV, năm\s+hạn 05\/12/);
  });

  test('--lang en gives English labels', async () => {
    const io = memoryIO();
    expect(await run(['plan', 'show', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('Tasks (26):');
    expect(io.out()).toContain('lead: Thanh tra Sở; support: Văn phòng Sở');
  });

  test('--plan với tệp hợp lệ và tệp hỏng', async () => {
    const good = JSON.stringify({ ...plan2023, meta: { ...plan2023.meta, title: 'Kế hoạch thử nghiệm' } });
    const bad = JSON.stringify({ ...plan2023, units: [] });
    const io = memoryIO({ 'good.json': good, 'bad.json': bad });
    expect(await run(['plan', 'show', '--json', '--plan', 'good.json'], io)).toBe(0);
    expect(JSON.parse(io.out()).meta.title).toBe('Kế hoạch thử nghiệm');
    const io2 = memoryIO({ 'bad.json': bad });
    expect(await run(['plan', 'show', '--plan', 'bad.json'], io2)).toBe(2);
    expect(io2.err()).toMatch(/Tệp kế hoạch không hợp lệ/);
    expect(io2.err()).toContain('units: cần ít nhất một phần tử');
    expect(io2.out()).toBe('');
  });

  test('tệp không tồn tại và sai cách dùng: mã thoát 2, thông báo hai thứ tiếng', async () => {
    const io = memoryIO();
    expect(await run(['plan', 'show', '--plan', '/không/có/tệp.json'], io)).toBe(2);
    expect(io.err()).toContain('Không tìm thấy tệp: /không/có/tệp.json');
    const io2 = memoryIO();
    expect(await run(['plan', 'show', '--lang', 'en', '--plan', '/nope.json'], io2)).toBe(2);
    expect(io2.err()).toContain('File not found: /nope.json');
    const io3 = memoryIO();
    expect(await run(['plan', 'xoa'], io3)).toBe(2);
    expect(io3.err()).toContain('Cần lệnh con');
    const io4 = memoryIO();
    expect(await run(['plan', 'show', '--khong-co'], io4)).toBe(2);
    expect(io4.err()).toContain('Tham số không hợp lệ');
  });

  test('plan schema in JSON Schema', async () => {
    const io = memoryIO();
    expect(await run(['plan', 'schema'], io)).toBe(0);
    expect(JSON.parse(io.out()).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('lệnh pctn đã đóng gói (bin)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'pipe' });
  });

  test('node bin/pctn.cjs plan show --json chạy như người dùng gọi', () => {
    const result = spawnSync(process.execPath, ['bin/pctn.cjs', 'plan', 'show', '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as typeof plan2023).items).toHaveLength(26);
  });

  test('--help in cách dùng, không tham số thì mã thoát 2', () => {
    const help = spawnSync(process.execPath, ['bin/pctn.cjs', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('pctn plan show');
    const none = spawnSync(process.execPath, ['bin/pctn.cjs'], { encoding: 'utf8' });
    expect(none.status).toBe(2);
  });
});

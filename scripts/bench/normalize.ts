/**
 * Throughput of normalizeForMatch on a synthetic 5,000-paragraph Vietnamese PCTN report.
 * Run: npx tsx scripts/bench/normalize.ts
 */
import { normalizeForMatch, type NormalizeOptions } from '../../src/text/normalize';

const SENTENCES = [
  'Tiếp tục triển khai thực hiện tốt các quy định của pháp luật về phòng, chống tham nhũng (PCTN) nhằm nâng cao nhận thức, trách nhiệm.',
  'Thủ trưởng các đơn vị trực thuộc Sở chỉ đạo xây dựng, ban hành và tổ chức thực hiện kế hoạch công tác PCTN năm 2023 theo qui định.',
  'Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch số 202/KH-UBND ngày 31/12/2022 về công tác phòng, chống tham nhũng, tiêu cực.',
  'Trong kỳ báo cáo, đơn vị đã tổ chức 05 lớp tập huấn cho 250 lượt CBCC, viên chức; kết quả kê khai TSTN đạt tỷ lệ 100%.',
  'Thực hiện nghiêm việc công khai, minh bạch trong hoạt động của cơ quan, tổ chức, đơn vị theo Luật Phòng, chống tham nhũng năm 2018.',
  'Công tác cải cách hành chính (CCHC) được quan tâm, nhằm đảm bảo hoà hợp, khoẻ mạnh và thuỷ chung – “đúng quy trình”…',
];
const NFD_SENTENCE = 'Công tác thanh tra, kiểm tra việc thực hiện quy tắc ứng xử của cán bộ, công chức, viên chức.'.normalize('NFD');

function syntheticReport(paragraphs: number): string {
  const lines: string[] = [];
  for (let p = 0; p < paragraphs; p += 1) {
    const first = SENTENCES[p % SENTENCES.length] as string;
    const second = SENTENCES[(p * 7 + 3) % SENTENCES.length] as string;
    const extra = p % 10 === 0 ? ` ${NFD_SENTENCE}` : '';
    lines.push(`${p % 40 === 0 ? 'II. KẾT QUẢ THỰC HIỆN\u00a0' : '- '}${first} ${second}${extra}`);
  }
  return lines.join('\r');
}

function measure(label: string, text: string, options: NormalizeOptions): void {
  for (let r = 0; r < 3; r += 1) normalizeForMatch(text, options); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let r = 0; r < 7; r += 1) {
    const started = performance.now();
    normalizeForMatch(text, options);
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const perSecond = text.length / median;
  console.log(`${label.padEnd(22)} ${(perSecond / 1e6).toFixed(1)} M chars/s  (${text.length} chars, median ${(median * 1000).toFixed(1)} ms per run)`);
}

const report = syntheticReport(5000);
console.log('normalizeForMatch on a synthetic 5,000-paragraph report');
measure('default', report, {});
measure('expandAbbreviations', report, { expandAbbreviations: true });
measure('accents: false', report, { accents: false });

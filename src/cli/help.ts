import type { Lang } from './io';

const vi = `pctn — Trợ lý báo cáo phòng, chống tham nhũng (PCTN)

Cách dùng:
  pctn plan show [--json] [--plan TỆP.json]   In kế hoạch có sẵn (2023) hoặc một tệp kế hoạch đã kiểm tra hợp lệ
  pctn plan schema                            In JSON Schema của tệp kế hoạch
  pctn plan import [--json] KE-HOACH.docx [-o ke-hoach.json [--force]]
                                              (đang xây dựng) Đọc nhiệm vụ của một kế hoạch (văn xuôi hoặc bảng): mã,
                                              nội dung, chủ trì, phối hợp, thời gian, lịch báo cáo, chỗ cần xem lại;
                                              với -o ghi tệp kế hoạch dùng được cho --plan
  pctn check [--json] [--unit MÃ] [--period Q1|H1|9M|Y] [--plan TỆP] [--lead-units] TỆP.docx...
                                              Kiểm tra báo cáo theo kế hoạch: nhiệm vụ, các phần, kỳ và hạn báo cáo
  pctn cite [--json] TỪ KHÓA                   Tìm văn bản pháp luật, in dạng trích dẫn đầy đủ và rút gọn
  pctn outline [--json] TỆP.docx...           In dàn ý (cấp, số thứ tự, tiêu đề) của từng tệp
  pctn template --kind report|plan --unit MÃ [--period Q1|H1|9M|Y] [--year NĂM] [--style tt02|plan] [--sign direct|kt|tl|q] -o TỆP.docx [--force]
                                              Ghi mẫu báo cáo (mặc định kỳ Y, dàn ý Thông tư 02/2021) hoặc kế hoạch
                                              PCTN của đơn vị, trình bày theo Nghị định 30/2020; không ghi đè tệp đã có
                                              trừ khi có --force
  pctn insert-missing [--unit MÃ] [--period KỲ] [--plan TỆP] TỆP.docx -o BẢN.docx [--force]
                                              Ghi một bản của báo cáo có thêm tiêu đề và chỗ điền kết quả cho mọi
                                              nhiệm vụ bắt buộc còn thiếu, tại đúng chỗ trong dàn ý; tệp gốc giữ nguyên
  pctn fix [--citations] [--plan TỆP] TỆP.docx -o BẢN.docx [--force]
                                              Ghi một bản đã sửa thể thức theo Nghị định 30/2020 (khổ giấy, lề, phông,
                                              cỡ, đậm, nghiêng; không đổi chữ); với --citations ghi đầy đủ và sửa trích
                                              dẫn dưới dạng thay đổi được theo dõi; tệp gốc giữ nguyên
  pctn summary [--json] [--xlsx TỆP.xlsx] [--csv TỆP.csv] [--draft TỆP.docx] [--period KỲ] [--year NĂM] [--today NGÀY] TỆP.docx...|THƯ_MỤC
                                              Tổng hợp mọi báo cáo của một kỳ: đơn vị, ngày, hạn, trễ hạn, nhiệm vụ
                                              còn thiếu; đơn vị chưa gửi; ma trận nhiệm vụ × đơn vị (--xlsx bảng tính,
                                              --csv ma trận, --draft dự thảo báo cáo tổng hợp)
  pctn --help | --version

Tùy chọn chung:
  --lang vi|en    Ngôn ngữ của kết quả (mặc định: vi)
  --plan TỆP      Dùng một tệp kế hoạch JSON thay cho kế hoạch có sẵn
  --unit MÃ       Đơn vị báo cáo (SNV, VP, TTr, CCVC, CCHC, BTDKT, BTG, CCVTLT) thay cho đơn vị tự nhận diện
  --period KỲ     Kỳ báo cáo thay cho kỳ đọc từ trích yếu
  --today NGÀY    Ngày hôm nay (YYYY-MM-DD) để tính số ngày còn lại đến hạn
  --lead-units    (người tổng hợp) Cảnh báo khi báo cáo tổng hợp không nêu đơn vị chủ trì của nhiệm vụ
  -q, --quiet     (check) Chỉ in những gì còn thiếu: nhiệm vụ và các phần
  --suggestions   (check) In cả các gợi ý về cách viết (mặc định chỉ đếm)

Mã thoát:
  check, insert-missing, summary: 0 đủ nội dung bắt buộc (summary: mọi đơn vị đã gửi, đủ, đúng hạn); 1 còn thiếu
                                  hoặc trễ; 2 sai cách dùng hoặc có tệp không đọc được
  cite: 0 tìm thấy văn bản; 1 không tìm thấy; 2 sai cách dùng
  các lệnh khác: 0 xong; 2 sai cách dùng hoặc không đọc, không ghi được tệp
`;

const en = `pctn — PCTN (anti-corruption) report assistant

Usage:
  pctn plan show [--json] [--plan FILE.json]  Print the built-in 2023 plan, or a plan file after validating it
  pctn plan schema                            Print the JSON Schema of plan files
  pctn plan import [--json] PLAN.docx [-o plan.json [--force]]
                                              (in progress) Read a plan's tasks (prose or table): ids, text, lead,
                                              support, timing, reporting schedule, what to check; with -o write a
                                              plan file the other commands load with --plan
  pctn check [--json] [--unit ID] [--period Q1|H1|9M|Y] [--plan FILE] [--lead-units] FILE.docx...
                                              Check reports against the plan: tasks, parts, period and deadline
  pctn cite [--json] QUERY                    Find a legal document; print its full and short citation
  pctn outline [--json] FILE.docx...          Print the outline (level, label, title) of each file
  pctn template --kind report|plan --unit ID [--period Q1|H1|9M|Y] [--year YEAR] [--style tt02|plan] [--sign direct|kt|tl|q] -o FILE.docx [--force]
                                              Write a report template (default period Y, Thông tư 02/2021 outline) or
                                              the unit's PCTN plan, laid out to Nghị định 30/2020; never overwrites an
                                              existing file unless --force
  pctn insert-missing [--unit ID] [--period P] [--plan FILE] FILE.docx -o COPY.docx [--force]
                                              Write a copy of the report with a heading and a placeholder for every
                                              required task it does not report, at its place in the outline; the
                                              original file is left as it is
  pctn fix [--citations] [--plan FILE] FILE.docx -o COPY.docx [--force]
                                              Write a copy with the Nghị định 30/2020 layout put right (paper,
                                              margins, typeface, sizes, bold, italics; never the text); with
                                              --citations write short citations in full and correct malformed ones as
                                              tracked changes; the original file is left as it is
  pctn summary [--json] [--xlsx FILE.xlsx] [--csv FILE.csv] [--draft FILE.docx] [--period P] [--year YEAR] [--today DATE] FILE.docx...|FOLDER
                                              Summarise every report of a period: unit, date, due date, lateness,
                                              missing tasks; units that sent nothing; the tasks × units matrix (--xlsx a
                                              spreadsheet, --csv the matrix, --draft the consolidated report)
  pctn --help | --version

Common options:
  --lang vi|en    Language of the output (default: vi)
  --plan FILE     Use a JSON plan file instead of the built-in plan
  --unit ID       The reporting unit (SNV, VP, TTr, CCVC, CCHC, BTDKT, BTG, CCVTLT) instead of the detected one
  --period P      The period instead of the one read from the subject line
  --today DATE    Today (YYYY-MM-DD), for the days left until the due date
  --lead-units    (reviewers) Warn when a consolidated report does not name a task's lead unit
  -q, --quiet     (check) Print only what is missing: tasks and parts
  --suggestions   (check) List the drafting suggestions too (by default they are counted)

Exit codes:
  check, insert-missing, summary: 0 nothing required is missing (summary: every unit sent, complete, on time);
                                  1 something is missing or late; 2 bad usage or an unreadable file
  cite: 0 a document found; 1 none found; 2 bad usage
  the other commands: 0 done; 2 bad usage or a file that cannot be read or written
`;

export const helpText = (lang: Lang): string => (lang === 'en' ? en : vi);

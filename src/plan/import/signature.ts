/**
 * The plan's foot (Nghị định 30/2020): "Nơi nhận:" over its dash lines, and the signature — "TM. …" / "KT. …" over the
 * signer's title in capitals, then the signer's name. The title is the one right above the name ("CHỦ TỊCH" under
 * "TM. BAN THƯỜNG VỤ", "PHÓ GIÁM ĐỐC" under "KT. GIÁM ĐỐC").
 */
import type { DocumentModel } from '../../document/model';

/** A person's name: two to six words, each with its capital ("Trần Quốc Hưng", "Nguyễn Thị Minh Thu"), after an officer's
 * rank ("Đại tá Phan Quốc Hưng"). */
const PERSON = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,5}$/u;
const BULLET = /^[-–+•]/u;
/** "(Đã ký)", "(ký, đóng dấu)": a mark between the title and the name. */
const SIGNED_MARK = /^\((?:đã\s+)?ký[^()]*\)$/iu;
const CAPITALS = (text: string) => /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi') && !/\d/u.test(text);

export interface Signature {
  signer: { position: string; name: string } | null;
  recipients: string[];
}

export function readSignature(model: DocumentModel): Signature {
  const texts = model.paragraphs.map((p) => p.text.normalize('NFC').replace(/\s+/gu, ' ').trim());
  const foot = texts.map((t) => /^nơi nhận\s*:?$/iu.test(t)).lastIndexOf(true);
  const recipients: string[] = [];
  if (foot >= 0) {
    for (const text of texts.slice(foot + 1)) {
      if (!text) continue;
      if (!BULLET.test(text)) break;
      recipients.push(text.replace(/^[-–+•]\s*/u, ''));
    }
  }
  // The name is the first line after "Nơi nhận" that names a person (a table of appendices may follow it), or one of the
  // last lines when the plan has no "Nơi nhận"; its title is the capitals above it, past the recipients when the title
  // stands before "Nơi nhận".
  const start = foot >= 0 ? foot + 1 : Math.max(0, texts.length - 15);
  let signer: Signature['signer'] = null;
  for (let i = start; i < texts.length && !signer; i += 1) {
    if (!PERSON.test(texts[i]!)) continue;
    for (let j = i - 1; j >= Math.max(0, start - 4); j -= 1) {
      const text = texts[j]!;
      if (!text || SIGNED_MARK.test(text) || BULLET.test(text) || /^nơi nhận\s*:?$/iu.test(text)) continue;
      if (CAPITALS(text)) signer = { position: text, name: texts[i]! };
      break;
    }
  }
  return { signer, recipients };
}

/**
 * "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm)" in the plan of the "Trung tâm Phục vụ hành
 * chính công": a short form defined for the issuer's name with the level it serves after it is the issuer's.
 */
import { nameKey } from './name-key';

const key = nameKey;
const LEVEL = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)(?:\s|$)/u;

/** Whether `defined` is the issuer's name, as it is or with its level (and place) after it. */
export function namesIssuer(defined: string, issuerName: string): boolean {
  const [full, own] = [key(defined), key(issuerName)];
  return full === own || (full.startsWith(`${own} `) && LEVEL.test(full.slice(own.length + 1)));
}

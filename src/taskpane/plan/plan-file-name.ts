import type { Plan } from '../../plan/schema';

/** "ke-hoach-pctn-38-KH-SNV-2026.json": the plan's number in ASCII, safe as a file name on every system. */
export function planFileName(plan: Pick<Plan, 'meta'>): string {
  const number = (plan.meta.number ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ['ke-hoach-pctn', number, String(plan.meta.year ?? '')].filter((part) => part !== '').join('-') + '.json';
}

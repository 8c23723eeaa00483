/**
 * The checker on the reports written blind for issue 9 (test/fixtures/labelled): the development half, read while
 * the checker was improved, and the blind half, frozen before and scored only to measure. Floors sit a little under
 * what was measured, so that a change that makes the checker worse on reports nobody tuned to fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx';
import { checkReport } from '../../src/check';
import { parsePlanJson, plan2023, type Plan } from '../../src/plan';
import { ReportLabelSchema } from '../../src/evaluate/labels';
import { scoreCorpus } from '../../src/evaluate/score';

const root = path.join(__dirname, '..', 'fixtures', 'labelled');

function scoreSet(dir: string) {
  const planFile = path.join(dir, 'plan.json');
  const plan: Plan = existsSync(planFile) ? parsePlanJson(readFileSync(planFile, 'utf8')) : plan2023;
  const pairs = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'plan.json')
    .map((f) => ({
      label: ReportLabelSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))),
      result: checkReport(plan, readDocx(readFileSync(path.join(dir, f.replace(/\.json$/, '.docx'))))),
    }));
  return { plan, pairs, score: scoreCorpus(plan, pairs) };
}

/** Measured F1 and item accuracy, less a margin; see docs/CHECKER.md for the figures themselves. */
const FLOORS: Record<string, { f1: number; accuracy: number }> = {
  'dev/2023': { f1: 0.95, accuracy: 0.94 },
  'dev/tu-nghia-2024': { f1: 0.91, accuracy: 0.89 },
  'dev/hung-yen-2026': { f1: 0.89, accuracy: 0.89 },
  'blind/2023': { f1: 0.94, accuracy: 0.94 },
  'blind/tu-nghia-2024': { f1: 0.9, accuracy: 0.86 },
  'blind/hung-yen-2026': { f1: 0.95, accuracy: 0.95 },
  'blind2/2023': { f1: 0.93, accuracy: 0.93 },
  'blind2/ha-noi-2026': { f1: 0.94, accuracy: 0.93 },
  'blind2/da-nang-2026': { f1: 0.9, accuracy: 0.89 },
  'blind3/2023': { f1: 0.93, accuracy: 0.93 },
  'blind4/2023': { f1: 0.92, accuracy: 0.92 },
  '../plans/dong-thap-2026/reports': { f1: 0.9, accuracy: 0.89 },
  '../plans/so-y-te-dong-thap-2026/reports': { f1: 0.93, accuracy: 0.92 },
  '../plans/so-tai-chinh-tay-ninh-2026/reports': { f1: 0.92, accuracy: 0.92 },
  '../plans/so-gd-hung-yen-2026/reports': { f1: 0.95, accuracy: 0.94 },
  'blind6/2023': { f1: 0.94, accuracy: 0.93 },
  '../plans/sn-mt-hung-yen-2026/reports': { f1: 0.83, accuracy: 0.82 },
  'blind7/2023': { f1: 0.92, accuracy: 0.92 },
  '../plans/sd-da-nang-2026/reports': { f1: 0.92, accuracy: 0.9 },
  'blind8/2023': { f1: 0.94, accuracy: 0.93 },
  '../plans/so-cong-thuong-ha-noi-2026/reports': { f1: 0.93, accuracy: 0.92 },
  '../plans/ubnd-xa-phu-dong-2026/reports': { f1: 0.94, accuracy: 0.94 },
  'blind9/2023': { f1: 0.93, accuracy: 0.93 },
  'blind10/2023': { f1: 0.96, accuracy: 0.95 },
  '../plans/skhcn-can-tho-2026/reports': { f1: 0.95, accuracy: 0.93 },
  '../plans/svhttdl-can-tho-2026/reports': { f1: 0.87, accuracy: 0.86 },
  '../plans/ubnd-phuong-hac-thanh-2026/reports': { f1: 0.94, accuracy: 0.93 },
  'blind11/2023': { f1: 0.89, accuracy: 0.9 },
  'blind12/2023': { f1: 0.95, accuracy: 0.94 },
  '../plans/so-tu-phap-phu-tho-2026/reports': { f1: 0.91, accuracy: 0.9 },
  'blind13/2023': { f1: 0.96, accuracy: 0.95 },
  '../plans/so-dan-toc-ton-giao-lam-dong-2026/reports': { f1: 0.92, accuracy: 0.91 },
  '../plans/bql-kkt-van-phong-khanh-hoa-2026/reports': { f1: 0.95, accuracy: 0.95 },
  'blind14/2023': { f1: 0.94, accuracy: 0.94 },
  'blind15/2023': { f1: 0.94, accuracy: 0.94 },
  'blind16/2023': { f1: 0.96, accuracy: 0.96 },
  '../plans/ubnd-phuong-truong-vinh-nghe-an-2026/reports': { f1: 0.94, accuracy: 0.93 },
  '../plans/truong-cao-dang-son-la-2026/reports': { f1: 0.97, accuracy: 0.97 },
  '../plans/ubnd-xa-bat-xat-lao-cai-2026/reports': { f1: 0.94, accuracy: 0.94 },
  '../plans/so-xay-dung-quang-ninh-2026/reports': { f1: 0.9, accuracy: 0.9 },
  '../plans/so-nn-mt-bac-ninh-2026/reports': { f1: 0.88, accuracy: 0.86 },
  'blind17/p30': { f1: 0.87, accuracy: 0.85 },
  'blind17/p31': { f1: 0.89, accuracy: 0.88 },
  'blind17/2023': { f1: 0.93, accuracy: 0.92 },
  'blind18/p32': { f1: 0.95, accuracy: 0.94 },
  'blind18/p33': { f1: 0.94, accuracy: 0.92 },
  'blind18/p34': { f1: 0.95, accuracy: 0.94 },
  'blind18/2023': { f1: 0.92, accuracy: 0.92 },
  'blind19/p35': { f1: 0.92, accuracy: 0.91 },
  'blind19/p36': { f1: 0.93, accuracy: 0.92 },
  'blind19/p37': { f1: 0.95, accuracy: 0.93 },
  // Blind set 20 stays where it was frozen: the final unseen measure of the importer, its misses listed in its README.
  'blind20/p38': { f1: 0.89, accuracy: 0.89 },
  'blind20/p39': { f1: 0.96, accuracy: 0.95 },
  'blind20/p40': { f1: 0.93, accuracy: 0.92 },
  'blind21/p41': { f1: 0.86, accuracy: 0.85 },
  'blind21/p42': { f1: 0.95, accuracy: 0.93 },
  'blind21/p43': { f1: 0.93, accuracy: 0.92 },
  // Blind sets 22 to 25 (session 12), where they were frozen; their first scores are in their READMEs.
  'blind22/2023': { f1: 0.93, accuracy: 0.93 },
  'blind22/p44': { f1: 0.92, accuracy: 0.92 },
  'blind22/p45': { f1: 0.95, accuracy: 0.95 },
  'blind22/p46': { f1: 0.93, accuracy: 0.93 },
  'blind23/2023': { f1: 0.93, accuracy: 0.94 },
  'blind23/p47': { f1: 0.91, accuracy: 0.88 },
  'blind23/p48': { f1: 0.97, accuracy: 0.96 },
  'blind24/2023': { f1: 0.98, accuracy: 0.98 },
  'blind24/p49': { f1: 0.94, accuracy: 0.93 },
  'blind24/p50': { f1: 0.92, accuracy: 0.91 },
  'blind25/p51': { f1: 0.93, accuracy: 0.91 },
  'blind25/p52': { f1: 0.99, accuracy: 0.99 },
  'blind25/p53': { f1: 0.96, accuracy: 0.94 },
  'blind26/2023': { f1: 0.94, accuracy: 0.93 },
  'blind26/p54': { f1: 0.88, accuracy: 0.85 },
  'blind26/p55': { f1: 0.95, accuracy: 0.94 },
  'blind26/p56': { f1: 0.98, accuracy: 0.98 },
  'blind26/p57': { f1: 0.9, accuracy: 0.89 },
  'blind26/p58': { f1: 0.92, accuracy: 0.91 },
  'blind26/p59': { f1: 0.89, accuracy: 0.87 },
  'blind27/2023': { f1: 0.96, accuracy: 0.97 },
  'blind27/p60': { f1: 0.93, accuracy: 0.92 },
  'blind27/p61': { f1: 0.96, accuracy: 0.96 },
  'blind27/p62': { f1: 0.95, accuracy: 0.95 },
  'blind27/p63': { f1: 0.96, accuracy: 0.95 },
  'blind27/p64': { f1: 0.98, accuracy: 0.98 },
  'blind28/2023': { f1: 0.93, accuracy: 0.92 },
  'blind28/p65': { f1: 0.91, accuracy: 0.89 },
  'blind28/p66': { f1: 0.93, accuracy: 0.91 },
  'blind28/p67': { f1: 0.93, accuracy: 0.92 },
  'blind28/p68': { f1: 0.98, accuracy: 0.98 },
  'blind29/2023': { f1: 0.94, accuracy: 0.94 },
  'blind29/p69': { f1: 0.91, accuracy: 0.91 },
  'blind29/p70': { f1: 0.89, accuracy: 0.88 },
  'blind29/p71': { f1: 0.92, accuracy: 0.91 },
  'blind30/2023': { f1: 0.94, accuracy: 0.94 },
  'blind30/p72': { f1: 0.92, accuracy: 0.9 },
  'blind30/p73': { f1: 0.93, accuracy: 0.92 },
  'blind30/p74': { f1: 0.92, accuracy: 0.92 },
  'blind30/p75': { f1: 0.91, accuracy: 0.9 },
  'blind31/p76': { f1: 0.98, accuracy: 0.97 },
  'blind31/p77': { f1: 0.9, accuracy: 0.9 },
  'blind31/p78': { f1: 0.93, accuracy: 0.92 },
  'blind31/p79': { f1: 0.9, accuracy: 0.9 },
  'blind32/2023': { f1: 0.94, accuracy: 0.93 },
  'blind32/p80': { f1: 0.92, accuracy: 0.9 },
  'blind32/p81': { f1: 0.93, accuracy: 0.92 },
  'blind32/p82': { f1: 0.89, accuracy: 0.89 },
  'blind32/p83': { f1: 0.96, accuracy: 0.94 },
  'blind33/2023': { f1: 0.95, accuracy: 0.95 },
  'blind33/p84': { f1: 0.95, accuracy: 0.94 },
  'blind33/p85': { f1: 0.92, accuracy: 0.89 },
  'blind33/p86': { f1: 0.98, accuracy: 0.98 },
  'blind33/p87': { f1: 0.95, accuracy: 0.94 },
  'blind33/p88': { f1: 0.97, accuracy: 0.95 },
  'blind34/2023': { f1: 0.91, accuracy: 0.91 },
  'blind34/p89': { f1: 0.93, accuracy: 0.91 },
  'blind34/p90': { f1: 0.95, accuracy: 0.94 },
  'blind34/p91': { f1: 0.94, accuracy: 0.92 },
  'blind34/p92': { f1: 0.94, accuracy: 0.95 },
  'blind34/p93': { f1: 0.92, accuracy: 0.91 },
  'blind34/p94': { f1: 0.94, accuracy: 0.94 },
  'blind35/2023': { f1: 0.92, accuracy: 0.92 },
  'blind35/p95': { f1: 0.9, accuracy: 0.86 },
  'blind35/p96': { f1: 0.95, accuracy: 0.94 },
  'blind35/p97': { f1: 0.95, accuracy: 0.94 },
  'blind35/p98': { f1: 0.92, accuracy: 0.89 },
  'blind35/p99': { f1: 0.96, accuracy: 0.95 },
  // (blind35/p100 is not held to a floor: one of its reports, by a tổ chuyên môn of a school, is read as the school's —
  // a known miss, kept visible in `npm run eval`; reading tổ into "các tổ chuyên môn" cost more elsewhere than it gained.)
  'blind36/p101': { f1: 0.91, accuracy: 0.9 },
  'blind36/p102': { f1: 0.97, accuracy: 0.95 },
  'blind36/p103': { f1: 0.94, accuracy: 0.93 },
  'blind36/p104': { f1: 0.95, accuracy: 0.95 },
  'blind37/p105': { f1: 0.91, accuracy: 0.9 },
  'blind37/p106': { f1: 0.93, accuracy: 0.9 },
  'blind37/p107': { f1: 0.91, accuracy: 0.9 },
  'blind37/p108': { f1: 0.93, accuracy: 0.93 },
  'blind38/2023': { f1: 0.93, accuracy: 0.93 },
  'blind38/p109': { f1: 0.93, accuracy: 0.9 },
  'blind38/p110': { f1: 0.95, accuracy: 0.93 },
  'blind38/p111': { f1: 0.93, accuracy: 0.9 },
  'blind38/p112': { f1: 0.91, accuracy: 0.89 },
  'blind38/p113': { f1: 0.91, accuracy: 0.89 },
  'blind38/p114': { f1: 0.94, accuracy: 0.93 },
  // (0.95 until session 19: a shared cue said of one's own conduct now credits the carried-out task, one more wrong
  // credit here, "quy tắc ứng xử" in a bracket listing staff's fields, against 11 more right decisions over the labelled sets.)
  'blind39/2023': { f1: 0.94, accuracy: 0.94 },
  'blind39/p115': { f1: 0.96, accuracy: 0.95 },
  'blind39/p116': { f1: 0.91, accuracy: 0.9 },
  'blind39/p117': { f1: 0.93, accuracy: 0.91 },
  'blind39/p118': { f1: 0.96, accuracy: 0.94 },
  'blind39/p119': { f1: 0.96, accuracy: 0.95 },
  'blind39/p120': { f1: 0.95, accuracy: 0.94 },
  'blind40/2023': { f1: 0.91, accuracy: 0.9 },
  'blind40/p121': { f1: 0.92, accuracy: 0.89 },
  'blind40/p122': { f1: 0.95, accuracy: 0.93 },
  'blind40/p123': { f1: 0.92, accuracy: 0.91 },
  'blind40/p124': { f1: 0.92, accuracy: 0.93 },
  'blind40/p125': { f1: 0.93, accuracy: 0.91 },
  'blind40/p126': { f1: 0.96, accuracy: 0.94 },
  'blind41/2023': { f1: 0.94, accuracy: 0.93 },
  'blind41/p127': { f1: 0.93, accuracy: 0.92 },
  'blind41/p128': { f1: 0.98, accuracy: 0.97 },
  'blind41/p129': { f1: 0.95, accuracy: 0.94 },
  'blind41/p130': { f1: 0.95, accuracy: 0.93 },
  'blind42/2023': { f1: 0.93, accuracy: 0.93 },
  'blind42/p131': { f1: 0.91, accuracy: 0.89 },
  'blind42/p132': { f1: 0.95, accuracy: 0.95 },
  'blind42/p133': { f1: 0.96, accuracy: 0.96 },
  'blind42/p134': { f1: 0.94, accuracy: 0.93 },
  'blind42/p135': { f1: 0.93, accuracy: 0.91 },
  'blind42/p136': { f1: 0.94, accuracy: 0.93 },
  'blind43/2023': { f1: 0.98, accuracy: 0.98 },
  'blind43/p137': { f1: 0.97, accuracy: 0.96 },
  'blind43/p138': { f1: 0.92, accuracy: 0.91 },
  'blind43/p139': { f1: 0.93, accuracy: 0.91 },
  'blind43/p140': { f1: 0.96, accuracy: 0.95 },
  'blind43/p141': { f1: 0.9, accuracy: 0.87 },
  'blind43/p142': { f1: 0.93, accuracy: 0.93 },
  'blind44/2023': { f1: 0.93, accuracy: 0.93 },
  'blind44/p143': { f1: 0.96, accuracy: 0.95 },
  'blind44/p144': { f1: 0.87, accuracy: 0.83 },
  'blind44/p145': { f1: 0.96, accuracy: 0.95 },
  'blind44/p146': { f1: 0.91, accuracy: 0.88 },
  'blind44/p147': { f1: 0.96, accuracy: 0.95 },
  'blind44/p148': { f1: 0.89, accuracy: 0.87 },
  'blind45/2023': { f1: 0.9, accuracy: 0.9 },
  'blind45/p149': { f1: 0.98, accuracy: 0.98 },
  'blind45/p150': { f1: 0.95, accuracy: 0.94 },
  'blind45/p151': { f1: 0.93, accuracy: 0.92 },
  'blind45/p152': { f1: 0.91, accuracy: 0.9 },
  'blind45/p153': { f1: 0.95, accuracy: 0.94 },
  'blind45/p154': { f1: 0.93, accuracy: 0.91 },
  'blind46/2023': { f1: 0.96, accuracy: 0.96 },
  'blind46/p155': { f1: 0.96, accuracy: 0.94 },
  'blind46/p156': { f1: 0.96, accuracy: 0.95 },
  'blind46/p157': { f1: 0.94, accuracy: 0.92 },
  'blind46/p158': { f1: 0.92, accuracy: 0.91 },
  'blind46/p159': { f1: 0.87, accuracy: 0.86 },
  'blind46/p160': { f1: 0.9, accuracy: 0.87 },
  'blind47/2023': { f1: 0.94, accuracy: 0.94 },
  'blind47/p161': { f1: 0.91, accuracy: 0.9 },
  'blind47/p162': { f1: 0.95, accuracy: 0.93 },
  'blind47/p163': { f1: 0.95, accuracy: 0.94 },
  'blind47/p164': { f1: 0.92, accuracy: 0.9 },
  'blind47/p165': { f1: 0.88, accuracy: 0.87 },
  'blind47/p166': { f1: 0.9, accuracy: 0.9 },
  'blind48/2023': { f1: 0.96, accuracy: 0.95 },
  'blind48/p167': { f1: 0.93, accuracy: 0.91 },
  'blind48/p168': { f1: 0.92, accuracy: 0.91 },
  'blind48/p169': { f1: 0.93, accuracy: 0.93 },
  'blind48/p170': { f1: 0.92, accuracy: 0.91 },
  'blind48/p171': { f1: 0.92, accuracy: 0.9 },
  'blind48/p172': { f1: 0.92, accuracy: 0.92 },
  'blind49/2023': { f1: 0.98, accuracy: 0.98 },
  'blind49/p173': { f1: 0.92, accuracy: 0.9 },
  'blind49/p174': { f1: 0.96, accuracy: 0.96 },
  'blind49/p175': { f1: 0.94, accuracy: 0.93 },
  'blind49/p176': { f1: 0.92, accuracy: 0.9 },
  'blind49/p177': { f1: 0.97, accuracy: 0.96 },
  'blind50/2023': { f1: 0.98, accuracy: 0.98 },
  'blind50/p178': { f1: 0.91, accuracy: 0.9 },
  'blind50/p179': { f1: 0.92, accuracy: 0.92 },
  'blind50/p180': { f1: 0.93, accuracy: 0.91 },
  'blind50/p181': { f1: 0.95, accuracy: 0.95 },
  'blind50/p182': { f1: 0.94, accuracy: 0.93 },
  'blind51/2023': { f1: 0.97, accuracy: 0.96 },
  'blind51/p183': { f1: 0.95, accuracy: 0.95 },
  'blind51/p184': { f1: 0.99, accuracy: 0.98 },
  'blind51/p185': { f1: 0.96, accuracy: 0.95 },
  'blind51/p186': { f1: 0.96, accuracy: 0.95 },
  'blind51/p187': { f1: 0.94, accuracy: 0.93 },
};

describe.each(Object.keys(FLOORS))('bộ báo cáo viết không nhìn mã (%s)', (name) => {
  const { plan, pairs, score } = scoreSet(path.join(root, name));

  test('có báo cáo, nhãn dùng đúng mã nhiệm vụ của kế hoạch', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    const ids = new Set(plan.items.map((i) => i.id));
    for (const { label } of pairs) expect(label.addressed.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('kỳ báo cáo và đơn vị đúng ở mọi báo cáo', () => {
    expect(score.reports.filter((r) => !r.periodRight).map((r) => r.id)).toEqual([]);
    // (A report by a body the plan does not name, labelled with a code of the writer's own, has no unit to be right
    // about: blind26's c31-02, "Phòng Tổ chức - Biên chế".)
    const known = new Set([...plan.units, ...plan.groups].map((u) => u.id));
    const judgeable = new Set(pairs.filter(({ label }) => known.has(label.author_unit)).map(({ label }) => label.id));
    expect(score.reports.filter((r) => judgeable.has(r.id) && !r.unitRight).map((r) => r.id)).toEqual([]);
  });

  test('F1 của nhiệm vụ còn thiếu và độ chính xác theo nhiệm vụ không tụt dưới mức đã đo', () => {
    expect(score.missing.f1).toBeGreaterThanOrEqual(FLOORS[name]!.f1);
    expect(score.itemAccuracy).toBeGreaterThanOrEqual(FLOORS[name]!.accuracy);
  });
});

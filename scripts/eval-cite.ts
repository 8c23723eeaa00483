// npm run eval:cite: the citation search on the query set with answers (test/fixtures/citations/queries.json): how
// often it offers the right document first, how often it offers a wrong one, how often it rightly finds nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answerFor } from '../src/cite/answer';

interface Query {
  query: string;
  expected: string | null;
  why: string;
}

const queries = JSON.parse(readFileSync(path.join(__dirname, '../test/fixtures/citations/queries.json'), 'utf8')) as Query[];
let right = 0;
let wrong = 0;
let missed = 0;
let rightNone = 0;
for (const q of queries) {
  const best = answerFor(q.query).document?.id ?? null;
  if (q.expected === null) {
    if (best === null) rightNone += 1;
    else {
      wrong += 1;
      if (process.env.EVAL_DETAIL) console.log(`  wrong   "${q.query}" → ${best} (expected none)`);
    }
  } else if (best === q.expected) right += 1;
  else if (best === null) {
    missed += 1;
    if (process.env.EVAL_DETAIL) console.log(`  missed  "${q.query}" → none (expected ${q.expected})`);
  } else {
    wrong += 1;
    if (process.env.EVAL_DETAIL) console.log(`  wrong   "${q.query}" → ${best} (expected ${q.expected})`);
  }
}
const withAnswer = queries.filter((q) => q.expected !== null).length;
console.log(`${queries.length} queries (${withAnswer} for registry documents, ${queries.length - withAnswer} for others)`);
console.log(`right document first ${right}/${withAnswer}; rightly none ${rightNone}/${queries.length - withAnswer}; wrong document offered ${wrong}; nothing offered though the registry has it ${missed}`);

/** Entry of the bundled command (build/pctn.cjs). */
import { run } from './main';
import { nodeIO } from './node-io';

run(process.argv.slice(2), nodeIO).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);

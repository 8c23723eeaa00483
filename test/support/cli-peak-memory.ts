/** Runs the command line in this process and prints, last on stderr, the peak memory it took (for memory tests). */
import { run } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/node-io';

void run(process.argv.slice(2), nodeIO).then((code) => {
  process.stderr.write(`\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
});

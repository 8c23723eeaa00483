#!/usr/bin/env node
// The pctn command. `npm ci` builds build/pctn.cjs (the "prepare" script); this file only loads it.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'build', 'pctn.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('pctn chưa được dựng: chạy "npm run build:cli" / pctn is not built: run "npm run build:cli"\n');
  process.exit(2);
}
require(bundle);

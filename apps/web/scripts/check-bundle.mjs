// The SPA budget (issue 8): the JavaScript a first visit loads — the entry script and every module it
// preloads, as listed in the built index.html — must stay at or under 150 KB gzipped. Runs in `npm test`
// after the build.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
if (files.length === 0) {
  console.error('check-bundle: no scripts found in dist/index.html: build the SPA first');
  process.exit(1);
}
let total = 0;
for (const file of files) {
  const size = gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += size;
  console.error(`  ${file}: ${(size / 1024).toFixed(1)} KB gz`);
}
const kb = total / 1024;
console.error(`initial JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`check-bundle: over budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}

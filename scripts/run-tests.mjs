// Runs every test/**/*.test.ts with node's own test runner (Node 20 has no --test glob).
// The runner's TAP goes through untouched; the failures are repeated at the very end, so a log
// that keeps only its tail (CI's) still says which test failed and why.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'fixtures' ? [] : find(p);
    return p.endsWith('.test.ts') ? [p] : [];
  });
}
const filter = process.argv.slice(2);
// The corpus test was the longest file by far (eight minutes of a twelve-minute run on two lanes, most of
// it training its fold models; it reads the committed ones now, about a minute, and trains them itself when
// they are stale): started first, the rest of the suite fills the other lane beside it. Alphabetically it
// started half-way through and ran on after the other lane had run out of files.
const LONGEST_FIRST = ['test/mail/corpus/corpus.test.ts'];
const files = find('test')
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort((a, b) => Number(LONGEST_FIRST.includes(b)) - Number(LONGEST_FIRST.includes(a)) || a.localeCompare(b));
// A hung test fails after 2 minutes instead of holding CI for its whole time limit
// (scripts/test-timeout.mjs); the few that need longer say so with their own `timeout`.
// A whole file gets 15 minutes (--test-timeout times a file, each file being its own process).
const child = spawn(process.execPath, ['--import', 'tsx', '--import', new URL('./test-timeout.mjs', import.meta.url).href, '--test', '--test-concurrency=2', '--test-timeout=900000', ...files], { stdio: ['inherit', 'pipe', 'inherit'] });

/** Each `not ok` line with its YAML block (up to 40 lines), kept for the summary. */
const failures = [];
let open = null;
const lines = createInterface({ input: child.stdout });
lines.on('line', (line) => {
  process.stdout.write(line + '\n');
  if (open) {
    if (open.lines.length < 40) open.lines.push(line);
    if (line.trim() === '...') open = null;
    return;
  }
  // A suite's `not ok` repeats its failed test's; only leaves (a YAML block with an error) are kept.
  if (/^\s*not ok \d+/.test(line)) {
    open = { lines: [line] };
    failures.push(open);
  }
});
child.on('close', (code) => {
  const leaves = failures.filter((f) => f.lines.some((l) => /failureType: '(testCodeFailure|testTimeoutFailure|hookFailure|uncaughtException)'/.test(l)));
  if (leaves.length > 0) {
    process.stdout.write(`\n# ${leaves.length} failed:\n`);
    for (const f of leaves) process.stdout.write(f.lines.map((l) => `#   ${l.trimStart()}`).join('\n') + '\n');
  }
  process.exit(code ?? 1);
});

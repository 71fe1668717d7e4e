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
// The longest files first, longest of all first (as measured in CI: the corpus test some six and a half
// minutes, the others about a minute each), then the rest alphabetically: the short files fill whichever lane
// frees up, and no long file starts near the end with the other lane idle. Alphabetically the corpus test
// started half-way through and ran on after the other lane had run out of files.
const LONGEST_FIRST = [
  'test/mail/corpus/corpus.test.ts',
  'test/cli/cli.test.ts',
  'test/server/reasons-ja.test.ts',
  'test/integration/auth/oauth-imap.test.ts',
  'test/cli/case-edit-delete.test.ts',
  'test/server/e2e/first-weeks.e2e.test.ts',
  'test/server/e2e/manage-case.e2e.test.ts',
];
const rank = (f) => (LONGEST_FIRST.includes(f) ? LONGEST_FIRST.indexOf(f) : LONGEST_FIRST.length);
const files = find('test')
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
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

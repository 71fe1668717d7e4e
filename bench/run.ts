/**
 * `npm run bench` (node --import tsx bench/run.ts [--only NAME[,NAME]]): runs the
 * benchmarks against a real Dovecot on loopback, prints each one's figures and
 * writes BENCHMARKS.md at the repository root (only for a full run).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { firstSync } from './first-sync.js';
import { understanding } from './understanding.js';
import { reaction } from './reaction.js';
import { footprintBenchmark } from './footprint.js';
import { largeMessage } from './large-message.js';
import { dashboardBenchmark } from './dashboard.js';
import { buildDataset, type Dataset } from './dataset.js';
import { loadAverage, machineDescription, type Benchmark, type BenchResult } from './lib.js';

/** 1,000 cases and 50,000 events, built once for the dashboard and footprint benchmarks. */
let dataset: Dataset | null = null;
const sharedDataset = (): Dataset => {
  if (!dataset) {
    dataset = buildDataset(1000, 50);
    console.log(`[dataset] ${dataset.caseIds.length} cases, ${dataset.events} events written in ${(dataset.ms / 1000).toFixed(1)} s`);
  }
  return dataset;
};

const ALL: Benchmark[] = [firstSync, reaction, understanding, dashboardBenchmark(sharedDataset), footprintBenchmark(sharedDataset), largeMessage];

function parseArgs(argv: string[]): { only: string[] | null } {
  const i = argv.indexOf('--only');
  if (i === -1) return { only: null };
  const v = argv[i + 1];
  if (!v) throw new Error('--only needs a benchmark name');
  return { only: v.split(',') };
}

function table(results: BenchResult[]): string {
  const rows = results.flatMap((r) => r.rows);
  const lines = ['| benchmark | metric | target | measured | met? |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${row.benchmark} | ${row.metric} | ${row.target} | ${row.measured} | ${row.met === null ? '—' : row.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

function markdown(results: BenchResult[], meta: { started: Date; seconds: number; loadBefore: string; loadAfter: string }, notes: string): string {
  const machine = machineDescription();
  return `# Benchmarks

Written by \`npm run bench\` (\`node --import tsx bench/run.ts\`) on ${meta.started.toISOString()}; the whole run took ${meta.seconds.toFixed(0)} s.
Every figure below comes from that run; each benchmark's baseline was measured in the same run, on the same machine.

## Machine

${Object.entries(machine)
  .map(([k, v]) => `- **${k}**: ${v}`)
  .join('\n')}
- **Load average** (1, 5, 15 min) before the run: ${meta.loadBefore}; after: ${meta.loadAfter}

## Results

${table(results)}

${notes}
${results
  .map(
    (r) => `## ${r.title}

${r.method}

\`\`\`
${r.details.join('\n')}
\`\`\`
`,
  )
  .join('\n')}`;
}

async function main(): Promise<void> {
  const { only } = parseArgs(process.argv.slice(2));
  const unknown = only?.filter((n) => !ALL.some((b) => b.name === n)) ?? [];
  if (unknown.length > 0) {
    console.error(`unknown benchmark ${unknown.join(', ')}; known: ${ALL.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  const chosen = only ? ALL.filter((b) => only.includes(b.name)) : ALL;
  const started = new Date();
  const loadBefore = loadAverage();
  console.log(`certmerge benchmarks on ${os.cpus()[0]?.model.trim()} × ${os.availableParallelism()}, load ${loadBefore}`);
  const results: BenchResult[] = [];
  for (const b of chosen) {
    console.log(`\n== ${b.title}`);
    const t0 = performance.now();
    results.push(await b.run());
    console.log(`   (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const seconds = (Date.now() - started.getTime()) / 1000;
  console.log(`\n${table(results)}\n\nwhole run: ${seconds.toFixed(0)} s`);
  if (only) {
    console.log('(--only: BENCHMARKS.md is written by a full run only)');
    return;
  }
  // The analysis of the figures (why a target is missed, what was changed) is kept by hand in bench/notes.md.
  const notesFile = fileURLToPath(new URL('./notes.md', import.meta.url));
  const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';
  const file = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  writeFileSync(file, markdown(results, { started, seconds, loadBefore, loadAfter: loadAverage() }, notes));
  console.log(`wrote ${file}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);

/**
 * Understanding throughput: parse + verify + strip + classify (understandMessage)
 * over the test corpus, against mailparser's simpleParser alone on the same bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { builtinRulesPath, loadRules } from '../src/mail/classify/load-rules.js';
import { understandMessage, type UnderstandDeps } from '../src/mail/understand.js';
import { median, ms, ratio, reporter, type BenchResult, type Benchmark } from './lib.js';

const FIXTURES = fileURLToPath(new URL('../test/mail/fixtures/', import.meta.url));
/** Anything bigger is not a typical support message (none is, today). */
const MAX_FIXTURE_BYTES = 1024 * 1024;
const ROUNDS = 15;
const PASSES_PER_ROUND = 10;

export const understanding: Benchmark = {
  name: 'understanding',
  title: 'Understanding throughput',
  async run(): Promise<BenchResult> {
    const out = reporter('understanding');
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.eml') && statSync(FIXTURES + f).size <= MAX_FIXTURE_BYTES)
      .sort();
    const corpus = files.map((f) => readFileSync(FIXTURES + f));
    const bytes = corpus.reduce((n, b) => n + b.length, 0);
    const deps: UnderstandDeps = {
      trust: { senderDomains: ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'], authservId: 'mx.test.example' },
      rules: loadRules(builtinRulesPath()),
      maxBytes: 25 * 1024 * 1024,
    };
    const ours = async () => {
      for (const raw of corpus) await understandMessage(raw, deps);
    };
    const parseOnly = async () => {
      for (const raw of corpus) await simpleParser(raw);
    };
    // Warm-up: JIT, lazily loaded charset tables, regex compilation.
    for (let i = 0; i < 5; i++) {
      await ours();
      await parseOnly();
    }
    const oursMs: number[] = [];
    const parseMs: number[] = [];
    const timed = async (fn: () => Promise<void>) => {
      const t0 = performance.now();
      for (let p = 0; p < PASSES_PER_ROUND; p++) await fn();
      return (performance.now() - t0) / PASSES_PER_ROUND;
    };
    // Alternating rounds, so a busy moment on a shared machine hits both sides.
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        oursMs.push(await timed(ours));
        parseMs.push(await timed(parseOnly));
      } else {
        parseMs.push(await timed(parseOnly));
        oursMs.push(await timed(ours));
      }
    }
    const o = median(oursMs);
    const p = median(parseMs);
    const perMsg = (x: number) => `${((x / corpus.length) * 1000).toFixed(0)} µs/message, ${Math.round((corpus.length / x) * 1000)} messages/s`;
    out.line(`corpus: ${corpus.length} messages from test/mail/fixtures (${(bytes / 1024).toFixed(0)} KB)`);
    out.line(`understandMessage (parse + verify + strip + classify): ${ms(o)} per pass (${perMsg(o)})`);
    out.line(`simpleParser alone: ${ms(p)} per pass (${perMsg(p)})`);
    out.line(`ratio ${ratio(o / p)} (target ≤ 1.3×); medians of ${ROUNDS} alternating rounds of ${PASSES_PER_ROUND} passes`);
    return {
      name: 'understanding',
      title: this.title,
      method:
        `Every .eml of test/mail/fixtures (${corpus.length} messages, ${(bytes / 1024).toFixed(0)} KB; none over 1 MB) run through understandMessage with the built-in rules, ` +
        `against mailparser's simpleParser (default options) on the same buffers. In-process, after 5 warm-up passes; ${ROUNDS} alternating rounds of ${PASSES_PER_ROUND} passes, medians.`,
      rows: [{ benchmark: 'understanding', metric: 'understand / simpleParser time', target: '≤ 1.3×', measured: `${ratio(o / p)} (${perMsg(o)} vs ${perMsg(p)})`, met: o / p <= 1.3 }],
      details: out.lines,
    };
  },
};

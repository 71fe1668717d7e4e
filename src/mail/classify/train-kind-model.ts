import { createHash } from 'node:crypto';
import type { MailKind } from '../kinds.js';
import { MAIL_KINDS } from '../kinds.js';
import { BUCKET_BITS, CONTEXT_VALUE, ngramCounts, tf } from './features.js';
import { gapsOfBuckets, type KindModelFile } from './kind-model.js';

/** One labelled message as the model reads it (normalized subject and text, context cues). */
export interface TrainingExample {
  subject: string;
  text: string;
  cues: string[];
  kind: MailKind;
}

export interface TrainOptions {
  /** An n-gram must occur in this many messages to become a feature: one seen once is noise. */
  minDf: number;
  iterations: number;
  learningRate: number;
  l2: number;
  /** Heavy-ball momentum: the same optimum in a fraction of the passes. */
  momentum: number;
}

/**
 * l2 chosen by reading each blind author's set with a model trained without its group of sets
 * (scripts/leave-sets-out.ts --grouped). On 1,773 messages: 1e-3 1,599 right (2 false advances, 850
 * asked), 1e-4 1,681 (389 asked), 3e-5 1,686 (340 asked), 1e-5 1,686 (321 asked), none with a false
 * advance below 1e-3. On 2,339 (blind1-17, context cues at 0.2): 3e-5 2,237 right (672 asked), 1e-5
 * 2,234 (644 asked): fewer questions for the same reading. 400 iterations gave 1,689 of 1,773 for 60%
 * more training time (and CI trains six models). minDf 3 changed nothing. On 11,196 messages, each of the
 * last four held-out rounds (2,279 messages) read by a model trained without it: 3e-6 2,094 right (690
 * asked), 1e-5 2,095 (698 asked), 3e-5 2,095 (729 asked): 1e-5 stays. With the text's lead read a second
 * time (features.ts), on 12,905 messages and the same four-round reading (2,273): minDf 2 and 3 both 2,161
 * right (604 and 602 asked); 3 keeps the model at 2.8 MB gzipped instead of 3.3 (2.0 before the lead).
 */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { minDf: 3, iterations: 250, learningRate: 2, l2: 1e-5, momentum: 0.9 };

/**
 * Weights are written to three decimals. Four (× 10000) made a 2.8 MB file once the lead was read; with
 * three and the buckets written as gaps it is 1.6 MB. The 2-fold reading of 13,452 messages with the fold
 * models' weights rounded to three decimals: every kind and every question the same (12,761 right, 3,697
 * asked); to two decimals: 12,759.
 */
const SCALE = 1000;

/**
 * What a model was trained from, in 16 hex digits: the examples as the trainer reads them and the
 * options. Written into the model file, so a check can tell that the committed model is what the
 * corpus of today trains without training it (the trainer itself is deterministic).
 */
export function examplesDigest(examples: readonly TrainingExample[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): string {
  const h = createHash('sha256').update(JSON.stringify(opts));
  for (const e of examples) h.update(JSON.stringify([e.subject, e.text, e.cues, e.kind])).update('\n');
  return h.digest('hex').slice(0, 16);
}

/**
 * Multinomial logistic regression by full-batch gradient descent: no random
 * initialisation, no shuffling, sums in a fixed order, weights rounded to
 * integers, so the same examples always give the same file, byte for byte.
 */
export function trainKindModel(examples: readonly TrainingExample[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS, trainedOn: Record<string, number> = {}): KindModelFile {
  const kinds = [...MAIL_KINDS] as string[];
  const k = kinds.length;
  const counts = examples.map((e) => ngramCounts(e.subject, e.text));
  const df = new Map<number, number>();
  for (const c of counts) for (const b of c.keys()) df.set(b, (df.get(b) ?? 0) + 1);
  const buckets = [...df].filter(([, n]) => n >= opts.minDf).map(([b]) => b).sort((a, b) => a - b);
  const rowOf = new Map(buckets.map((b, i) => [b, i]));
  const context = [...new Set(examples.flatMap((e) => e.cues))].sort();
  const ctxRow = new Map(context.map((c, i) => [c, buckets.length + i]));
  const dim = buckets.length + context.length;

  const docs = examples.map((e, i) => {
    const entries: [number, number][] = [];
    for (const [b, n] of counts[i]!) {
      const r = rowOf.get(b);
      if (r !== undefined) entries.push([r, tf(n)]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    const rows = entries.map(([r]) => r);
    const values = entries.map(([, v]) => v / norm);
    for (const c of [...new Set(e.cues)].sort()) {
      rows.push(ctxRow.get(c)!);
      values.push(CONTEXT_VALUE);
    }
    return { rows, values, y: kinds.indexOf(e.kind) };
  });

  // The loop below is most of `npm run train` and of the corpus test's cross-validation. Written over the
  // documents as one sparse matrix (compressed rows of typed arrays) with the nine kinds' sums held in nine
  // variables, it runs three times faster than over arrays of objects with an inner loop over the kinds
  // (125 ms a pass instead of 390 on 4,746 messages); each sum adds the same terms in the same order, so
  // the model is the same to the byte.
  if (k !== 9) throw new Error(`trainKindModel: the training loop is written out for the contract's nine mail kinds, got ${k}`);
  const starts = new Int32Array(docs.length + 1);
  docs.forEach((d, i) => (starts[i + 1] = starts[i]! + d.rows.length));
  const cols = new Int32Array(starts[docs.length]!);
  const vals = new Float64Array(starts[docs.length]!);
  const ys = new Int32Array(docs.length);
  docs.forEach((d, i) => {
    cols.set(d.rows.map((r) => r * k), starts[i]);
    vals.set(d.values, starts[i]);
    ys[i] = d.y;
  });

  const w = new Float64Array(dim * k);
  const b = new Float64Array(k);
  const g = new Float64Array(dim * k);
  const vw = new Float64Array(dim * k);
  const vb = new Float64Array(k);
  const gb = new Float64Array(k);
  const s = new Float64Array(k);
  const n = docs.length || 1;
  for (let it = 0; it < opts.iterations; it++) {
    g.fill(0);
    gb.fill(0);
    for (let d = 0; d < docs.length; d++) {
      const from = starts[d]!;
      const to = starts[d + 1]!;
      let s0 = b[0]!, s1 = b[1]!, s2 = b[2]!, s3 = b[3]!, s4 = b[4]!, s5 = b[5]!, s6 = b[6]!, s7 = b[7]!, s8 = b[8]!;
      for (let i = from; i < to; i++) {
        const base = cols[i]!;
        const x = vals[i]!;
        s0 += x * w[base]!; s1 += x * w[base + 1]!; s2 += x * w[base + 2]!; s3 += x * w[base + 3]!; s4 += x * w[base + 4]!;
        s5 += x * w[base + 5]!; s6 += x * w[base + 6]!; s7 += x * w[base + 7]!; s8 += x * w[base + 8]!;
      }
      s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3; s[4] = s4; s[5] = s5; s[6] = s6; s[7] = s7; s[8] = s8;
      let max = -Infinity;
      for (let j = 0; j < k; j++) if (s[j]! > max) max = s[j]!;
      let sum = 0;
      for (let j = 0; j < k; j++) sum += s[j] = Math.exp(s[j]! - max);
      const y = ys[d]!;
      for (let j = 0; j < k; j++) s[j] = s[j]! / sum - (j === y ? 1 : 0);
      const e0 = s[0]!, e1 = s[1]!, e2 = s[2]!, e3 = s[3]!, e4 = s[4]!, e5 = s[5]!, e6 = s[6]!, e7 = s[7]!, e8 = s[8]!;
      for (let i = from; i < to; i++) {
        const base = cols[i]!;
        const x = vals[i]!;
        g[base]! += x * e0; g[base + 1]! += x * e1; g[base + 2]! += x * e2; g[base + 3]! += x * e3; g[base + 4]! += x * e4;
        g[base + 5]! += x * e5; g[base + 6]! += x * e6; g[base + 7]! += x * e7; g[base + 8]! += x * e8;
      }
      for (let j = 0; j < k; j++) gb[j]! += s[j]!;
    }
    const lr = opts.learningRate;
    const mu = opts.momentum;
    for (let i = 0; i < w.length; i++) w[i]! += vw[i] = mu * vw[i]! - lr * (g[i]! / n + opts.l2 * w[i]!);
    for (let j = 0; j < k; j++) b[j]! += vb[j] = mu * vb[j]! - lr * (gb[j]! / n);
  }

  // Rows whose every weight rounds to 0 change no score: left out of the file.
  const keepBuckets: number[] = [];
  const keepContext: string[] = [];
  const weights: number[] = [];
  const rowWeights = (r: number) => Array.from(w.subarray(r * k, r * k + k), (x) => Math.round(x * SCALE) + 0);
  for (let r = 0; r < buckets.length; r++) {
    const ws = rowWeights(r);
    if (ws.some((x) => x !== 0)) {
      keepBuckets.push(buckets[r]!);
      weights.push(...ws);
    }
  }
  const ctxWeights: number[] = [];
  context.forEach((c, i) => {
    const ws = rowWeights(buckets.length + i);
    if (ws.some((x) => x !== 0)) {
      keepContext.push(c);
      ctxWeights.push(...ws);
    }
  });
  return {
    version: 3,
    kinds,
    bucketBits: BUCKET_BITS,
    scale: SCALE,
    bucketGaps: gapsOfBuckets(keepBuckets),
    context: keepContext,
    weights: [...weights, ...ctxWeights],
    bias: Array.from(b, (x) => Math.round(x * SCALE) + 0),
    trainedOn,
    trainedFrom: examplesDigest(examples, opts),
  };
}

/** The model file as committed: one feature row per line, so a diff shows what changed. */
export function serializeKindModel(m: KindModelFile): string {
  const k = m.kinds.length;
  const rows: string[] = [];
  for (let i = 0; i < m.weights.length; i += k) rows.push(m.weights.slice(i, i + k).join(','));
  return [
    '{',
    `  "version": ${m.version},`,
    `  "kinds": ${JSON.stringify(m.kinds)},`,
    `  "bucketBits": ${m.bucketBits},`,
    `  "scale": ${m.scale},`,
    `  "trainedOn": ${JSON.stringify(m.trainedOn)},`,
    ...(m.trainedFrom ? [`  "trainedFrom": ${JSON.stringify(m.trainedFrom)},`] : []),
    `  "context": ${JSON.stringify(m.context)},`,
    `  "bias": ${JSON.stringify(m.bias)},`,
    `  "bucketGaps": [${m.bucketGaps.join(',')}],`,
    `  "weights": [\n${rows.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}

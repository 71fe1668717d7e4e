import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../errors.js';
import { isMailKind, type MailKind } from '../kinds.js';
import { BUCKET_BITS, CONTEXT_VALUE, ngramBuckets, tf } from './features.js';

/**
 * The committed model file (`rules/kind-model.json.gz`, written by `npm run train`; JSON, gzipped: a
 * quarter of the size in the repository and the package, read in a few milliseconds):
 * multinomial logistic regression over hashed character n-grams and named
 * context cues. Weights are integers (× `scale`) so the file is the same bytes
 * whenever the same corpus is trained.
 */
export interface KindModelFile {
  /**
   * The file's format and feature set: 2 since the text's lead is read a second time (features.ts), 3 since
   * the buckets are written as gaps (train-kind-model.ts SCALE says why).
   */
  version: 3;
  kinds: string[];
  bucketBits: number;
  scale: number;
  /** Bucket of each n-gram feature, in row order (ascending), each written as its gap from the one before. */
  bucketGaps: number[];
  /** Name of each context feature, after the n-gram rows. */
  context: string[];
  /** Row-major: for each feature, one weight per kind. */
  weights: number[];
  bias: number[];
  trainedOn: Record<string, number>;
  /** The digest of the examples and options it was trained from (train-kind-model.ts examplesDigest). */
  trainedFrom?: string;
}

/** A model ready to score: bucket → row lookup and weights as floats. */
export interface KindModel {
  /** Hash of the model file: corrections keep the id of the model whose rows they are in. */
  id: string;
  kinds: MailKind[];
  rowOfBucket: Int32Array;
  contextRow: Map<string, number>;
  ngramRows: number;
  weights: Float32Array;
  bias: Float64Array;
  trainedOn: Record<string, number>;
}

export interface Prediction {
  /** Per kind, in `model.kinds` order; sums to 1. */
  probs: number[];
  /** The message as the model saw it: n-gram rows with their values, then context rows (for the nearest-neighbour corrections). */
  vector: SparseVector;
}

/** Row indices with values: the n-gram rows (in bucket order), then the context rows. */
export interface SparseVector {
  rows: number[];
  values: number[];
}

/** The model file's name, beside the built-in rules. */
export const MODEL_FILE = 'kind-model.json.gz';

/** The model shipped with certmerge (same depth from src/ and dist/). */
export function builtinModelPath(): string {
  return fileURLToPath(new URL(`../../../rules/${MODEL_FILE}`, import.meta.url));
}

/** The model file's JSON text. */
export function readKindModelText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

/** The model file's bytes for its JSON text (the same text always gives the same bytes). */
export function kindModelFileBytes(text: string): Buffer {
  return gzipSync(text, { level: 9 });
}

export function loadKindModel(path: string): KindModel {
  let data: KindModelFile;
  let text: string;
  try {
    text = readKindModelText(path);
    data = JSON.parse(text) as KindModelFile;
  } catch (err) {
    throw new AppError('BAD_CONFIG', `${path}: cannot read the kind model (${(err as Error).message.split('\n')[0]}); run npm run train`);
  }
  return compileKindModel(data, path, createHash('sha256').update(text).digest('hex').slice(0, 16));
}

export function compileKindModel(data: KindModelFile, where = 'kind model', id = 'unsaved'): KindModel {
  const kinds = data.kinds.filter(isMailKind);
  const k = data.kinds.length;
  const buckets = bucketsOfGaps(data.bucketGaps ?? []);
  const rows = buckets.length + data.context.length;
  if (data.version !== 3 || kinds.length !== k || data.bucketBits !== BUCKET_BITS || data.weights.length !== rows * k || data.bias.length !== k) {
    throw new AppError('BAD_CONFIG', `${where}: not a kind model this version reads (version, kinds, bucketBits or sizes differ); run npm run train`);
  }
  const rowOfBucket = new Int32Array(1 << BUCKET_BITS).fill(-1);
  if (buckets.some((b) => b < 0 || b >= rowOfBucket.length)) throw new AppError('BAD_CONFIG', `${where}: a bucket lies outside the feature space; run npm run train`);
  buckets.forEach((b, i) => (rowOfBucket[b] = i));
  const weights = new Float32Array(data.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = data.weights[i]! / data.scale;
  return {
    id,
    kinds,
    rowOfBucket,
    contextRow: new Map(data.context.map((c, i) => [c, buckets.length + i])),
    ngramRows: buckets.length,
    weights,
    bias: Float64Array.from(data.bias, (b) => b / data.scale),
    trainedOn: data.trainedOn,
  };
}

/** Ascending buckets written as gaps (a few digits each instead of six), and back. */
export function gapsOfBuckets(buckets: readonly number[]): number[] {
  return buckets.map((b, i) => (i ? b - buckets[i - 1]! : b));
}

export function bucketsOfGaps(gaps: readonly number[]): number[] {
  let at = 0;
  return gaps.map((g) => (at += g));
}

/** The message as a vector in the model's rows: unit-length sublinear n-gram counts, then context cues. */
export function vectorize(model: KindModel, subject: string, text: string, cues: readonly string[]): SparseVector {
  const buckets = ngramBuckets(subject, text);
  const look = model.rowOfBucket;
  const rows: number[] = [];
  const values: number[] = [];
  let norm = 0;
  // The buckets are sorted: a run of equal ones is one n-gram's count.
  for (let i = 0; i < buckets.length; ) {
    const b = buckets[i]!;
    let j = i + 1;
    while (j < buckets.length && buckets[j] === b) j++;
    const r = look[b]!;
    if (r >= 0) {
      const v = tf(j - i);
      rows.push(r);
      values.push(v);
      norm += v * v;
    }
    i = j;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i]! /= norm;
  for (const c of cues) {
    const r = model.contextRow.get(c);
    if (r !== undefined && !rows.includes(r)) {
      rows.push(r);
      values.push(CONTEXT_VALUE);
    }
  }
  return { rows, values };
}

/** Class probabilities for a vector (softmax of the linear scores). */
export function scoreVector(model: KindModel, v: SparseVector): number[] {
  const k = model.kinds.length;
  const s = Array.from(model.bias);
  const w = model.weights;
  for (let i = 0; i < v.rows.length; i++) {
    const base = v.rows[i]! * k;
    const x = v.values[i]!;
    for (let j = 0; j < k; j++) s[j]! += x * w[base + j]!;
  }
  return softmax(s);
}

export function softmax(s: number[]): number[] {
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

export function predict(model: KindModel, subject: string, text: string, cues: readonly string[]): Prediction {
  const vector = vectorize(model, subject, text, cues);
  return { probs: scoreVector(model, vector), vector };
}

/** Cosine similarity of two vectors (rows ascending in the n-gram part; context rows compared too). */
export function cosine(a: SparseVector, b: SparseVector): number {
  const m = new Map<number, number>();
  for (let i = 0; i < a.rows.length; i++) m.set(a.rows[i]!, a.values[i]!);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values) na += v * v;
  for (let i = 0; i < b.rows.length; i++) {
    const v = b.values[i]!;
    nb += v * v;
    dot += v * (m.get(b.rows[i]!) ?? 0);
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

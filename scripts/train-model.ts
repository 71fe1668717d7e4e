/**
 * `npm run train`: trains the kind model on every labelled training set and
 * writes rules/kind-model.json.gz (committed; the build and CI never train and
 * never need the network). The held-out set (test/mail/corpus/heldout) is never
 * read here: it measures the shipped model.
 *
 * It also writes the corpus test's two cross-validation models
 * (test/mail/corpus/cv-models/fold<N>.json.gz), each trained on every message
 * but one half: the test reads them when their digest says they were trained
 * from today's examples, instead of spending most of the suite's time training
 * them again, and trains them itself when they are stale.
 *
 * Training sets: test/mail/fixtures (expected.yaml), test/mail/holdout
 * (expected.yaml), test/mail/corpus/train (labels.yaml), test/mail/corpus/blind<N>
 * (labels.yaml; blind sets, each measured once as a held-out set, then moved
 * to training), when present, and the demo's sample thread
 * (src/demo/sample-thread.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ClassificationRules } from '../src/mail/classify/classification-rules.js';
import { modelInput } from '../src/mail/classify/classify.js';
import { builtinRulesPath, loadRules } from '../src/mail/classify/load-rules.js';
import { kindModelFileBytes, MODEL_FILE, readKindModelText, type KindModelFile } from '../src/mail/classify/kind-model.js';
import { examplesDigest, serializeKindModel, trainKindModel, type TrainingExample } from '../src/mail/classify/train-kind-model.js';
import { isMailKind, type MailKind } from '../src/mail/kinds.js';
import { classifyInputOf, understandMessage, type MessageRead, type SenderTrust, type UnderstoodMessage } from '../src/mail/understand.js';
import { ADVANCING_KINDS } from '../src/mail/classify/rules-schema.js';
import { sampleThread } from '../src/demo/sample-thread.js';
import { sampleCase } from '../test/support/case-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MODEL_PATH = join(ROOT, 'rules', MODEL_FILE);

/** One labelled message of a set. */
export interface Labelled {
  set: string;
  file: string;
  raw: Buffer;
  kind: MailKind;
  trusted: boolean | null;
  forUser: boolean | null;
  language: string | null;
}

const CORPUS = join(ROOT, 'test/mail/corpus');

/** The corpus test's cross-validation: two folds, message i in fold i % 2. */
export const CV_FOLDS = 2;

/** The examples a fold's model is trained on: every one outside that fold. */
export function foldTraining<T>(examples: readonly T[], fold: number, folds = CV_FOLDS): T[] {
  return examples.filter((_, i) => i % folds !== fold);
}

/** Where the committed model of a cross-validation fold lives. */
export function cvModelPath(fold: number): string {
  return join(CORPUS, 'cv-models', `fold${fold}.json.gz`);
}

/** Each fold's committed model, read once a process (the corpus test asks for it twice). */
const foldFiles = new Map<number, KindModelFile | null>();

/** The committed model file of a fold, whatever it was trained from; null when absent. */
export function foldModelFile(fold: number): KindModelFile | null {
  if (!foldFiles.has(fold)) {
    const path = cvModelPath(fold);
    foldFiles.set(fold, existsSync(path) ? (JSON.parse(readKindModelText(path)) as KindModelFile) : null);
  }
  return foldFiles.get(fold)!;
}

/** The committed model of a fold when it was trained from exactly these examples (its digest says so), else null. */
export function committedFoldModel(fold: number, examples: readonly TrainingExample[]): KindModelFile | null {
  const data = foldModelFile(fold);
  return data?.trainedFrom === examplesDigest(examples) ? data : null;
}

/** blind1, blind2, …: blind sets measured once as held-out sets, then moved to training. */
const blindSets = (): { name: string; dir: string; labels: string }[] =>
  (existsSync(CORPUS) ? readdirSync(CORPUS) : [])
    .filter((d) => /^blind\d+$/.test(d))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
    .map((d) => ({ name: d, dir: join(CORPUS, d), labels: 'labels.yaml' }));

export const TRAINING_SETS: readonly { name: string; dir: string; labels: string }[] = [
  { name: 'fixtures', dir: join(ROOT, 'test/mail/fixtures'), labels: 'expected.yaml' },
  { name: 'holdout', dir: join(ROOT, 'test/mail/holdout'), labels: 'expected.yaml' },
  { name: 'corpus-train', dir: join(ROOT, 'test/mail/corpus/train'), labels: 'labels.yaml' },
  ...blindSets(),
];

/** Reads a set's messages with their labels; [] when the folder is absent. */
export function readSet(name: string, dir: string, labelsFile: string): Labelled[] {
  const labelsPath = join(dir, labelsFile);
  if (!existsSync(labelsPath)) return [];
  const labels = (parseYaml(readFileSync(labelsPath, 'utf8')) ?? {}) as Record<string, unknown>;
  const out: Labelled[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()) {
    const l = labels[file];
    const entry = typeof l === 'string' ? { kind: l } : ((l ?? {}) as Record<string, unknown>);
    const kind = String(entry.kind ?? '');
    if (!isMailKind(kind)) throw new Error(`${labelsPath}: ${file}: no valid kind (${kind || 'missing'})`);
    out.push({
      set: name,
      file,
      raw: readFileSync(join(dir, file)),
      kind,
      trusted: typeof entry.trusted === 'boolean' ? entry.trusted : null,
      forUser: typeof entry.forUser === 'boolean' ? entry.forUser : null,
      language: typeof entry.language === 'string' ? entry.language : null,
    });
  }
  return out;
}

/** A labelled message is read whole, as the daemon reads mail under its default size cap. */
const READ_BYTES = 25 * 1024 * 1024;

// The labelling guide's server writes its verdict above its own Received line (trust.headerAbove).
export const GUIDE_TRUST: SenderTrust = { senderDomains: ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'], authservId: 'mx.test.example', headerAbove: true };
/** The fixtures and the old holdout were written for a narrower trust config (fixtures/expected.yaml says which). */
export const NARROW_TRUST: SenderTrust = { senderDomains: ['amazon.com', 'credly.com'], authservId: 'mx.test.example' };

/** A labelled message understood as the daemon would, with the trust config its set was written for. */
export function understandLabelled(m: Labelled, rules: ClassificationRules, read?: MessageRead): Promise<UnderstoodMessage> {
  return understandMessage(m.raw, { trust: m.set === 'fixtures' || m.set === 'holdout' ? NARROW_TRUST : GUIDE_TRUST, rules, maxBytes: READ_BYTES }, { read });
}

/** A wrong advancing kind, not turned into a question, on trusted mail: what must never happen. */
export function isFalseAdvance(m: Labelled, u: UnderstoodMessage): boolean {
  return u.kind !== m.kind && (ADVANCING_KINDS as readonly string[]).includes(u.kind) && !u.ask && u.trusted && (m.trusted ?? true);
}

export function readTrainingSets(): Labelled[] {
  return TRAINING_SETS.flatMap((s) => readSet(s.name, s.dir, s.labels));
}

/** The demo's support thread (src/demo), both languages: what `certmerge demo` and the pipeline tests feed in. */
export async function readDemoSet(): Promise<Labelled[]> {
  const kinds: MailKind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred'];
  const out: Labelled[] = [];
  for (const language of ['ja', 'en'] as const) {
    const thread = await sampleThread({ caseFile: sampleCase({ language }), supportCaseId: '171234567890', authservId: 'mx.test.example', user: 'taro.personal@example.com', start: new Date('2026-01-05T09:00:00Z') });
    const inbox = thread.filter((m) => m.role === 'inbox');
    if (inbox.length !== kinds.length) throw new Error(`src/demo/sample-thread.ts: expected ${kinds.length} inbox messages, got ${inbox.length}: label them here`);
    inbox.forEach((m, i) => out.push({ set: 'demo', file: `${language}-${i}-${kinds[i]}`, raw: m.raw, kind: kinds[i]!, trusted: true, forUser: true, language }));
  }
  return out;
}

/** Reads a labelled message as training and understanding both do (parsed and stripped once). */
export function readLabelled(m: Labelled): Promise<MessageRead> {
  return classifyInputOf(m.raw, READ_BYTES);
}

/** The model's reading of a labelled message; `read` when it was already read (readLabelled). */
export async function exampleOf(m: Labelled, rules: ClassificationRules, read?: MessageRead): Promise<TrainingExample> {
  const mi = modelInput((read ?? (await readLabelled(m))).input, rules);
  return { subject: mi.subject, text: mi.text, cues: mi.cues, kind: m.kind };
}

/** Trains on every training set, exactly as `npm run train` does; returns the file's text. */
async function trainFromCorpus(): Promise<{ text: string; folds: string[]; messages: Labelled[] }> {
  const rules = loadRules(builtinRulesPath(), undefined, { withoutModel: true });
  const messages = [...readTrainingSets(), ...(await readDemoSet())];
  const examples: TrainingExample[] = [];
  for (const m of messages) examples.push(await exampleOf(m, rules));
  const trainedOn: Record<string, number> = {};
  for (const m of messages) trainedOn[m.set] = (trainedOn[m.set] ?? 0) + 1;
  const folds = [...Array(CV_FOLDS).keys()].map((fold) => serializeKindModel(trainKindModel(foldTraining(examples, fold))));
  return { text: serializeKindModel(trainKindModel(examples, undefined, trainedOn)), folds, messages };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const { text, folds, messages } = await trainFromCorpus();
  writeFileSync(MODEL_PATH, kindModelFileBytes(text));
  mkdirSync(join(CORPUS, 'cv-models'), { recursive: true });
  folds.forEach((fold, i) => writeFileSync(cvModelPath(i), kindModelFileBytes(fold)));
  const sets = [...new Set(messages.map((m) => m.set))].map((s) => `${s} ${messages.filter((m) => m.set === s).length}`).join(', ');
  console.log(`wrote ${MODEL_PATH} (${(text.length / 1024).toFixed(0)} KB) from ${messages.length} messages (${sets}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

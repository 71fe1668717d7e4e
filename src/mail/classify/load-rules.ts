import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../errors.js';
import { formatIssues } from '../../validation/format-issues.js';
import type { MailKind } from '../kinds.js';
import type { ClassificationRules, CompiledPattern, CompiledRule } from './classification-rules.js';
import { compileFrames, type FrameDefinition, type LexiconDefinition } from './frames.js';
import { compileKindModel, loadKindModel, MODEL_FILE, type KindModel } from './kind-model.js';
import { BUCKET_BITS } from './features.js';
import { MAIL_KINDS } from '../kinds.js';
import { framesFileSchema, rulesFileSchema, type RuleDefinition, type RulePattern, type RulesFile } from './rules-schema.js';

/** The rules shipped with certmerge (`rules/classification.yaml` in the package; same depth from src/ and dist/). */
export function builtinRulesPath(): string {
  return fileURLToPath(new URL('../../../rules/classification.yaml', import.meta.url));
}

/**
 * Loads the built-in rules and, when given, a user's rules file merged over
 * them: a user rule replaces the built-in with the same id (`enabled: false`
 * switches it off), sender groups are extended, case ID patterns are tried
 * user's first. Throws AppError BAD_CONFIG with one line per problem, each
 * naming the file and the field.
 */
export function loadRules(builtinPath: string, userPath?: string, opts: { withoutModel?: boolean } = {}): ClassificationRules {
  const files = [{ path: builtinPath, data: readRulesFile(builtinPath) }];
  if (userPath) files.push({ path: userPath, data: readRulesFile(userPath) });

  const senders: ClassificationRules['senders'] = {};
  const caseIdSubject: string[] = [];
  const caseIdBody: string[] = [];
  const byId = new Map<string, { def: RuleDefinition; file: string; index: number; origin: 'builtin' | 'user' }>();
  // Frames and the model sit beside the built-in rules file.
  const framesPath = join(dirname(builtinPath), 'frames.yaml');
  const frameFiles: { path: string; lexicon: LexiconDefinition; frames: FrameDefinition[] }[] = [readFramesFile(framesPath)];
  for (const { path, data } of files) {
    if (path !== builtinPath) frameFiles.push({ path, lexicon: data.lexicon ?? { acts: {}, objects: {}, modes: {}, topics: {} }, frames: data.frames });
    for (const [name, group] of Object.entries(data.senders)) {
      const g = (senders[name] ??= { addresses: [], domains: [], claims: [] });
      g.addresses.push(...group.addresses.map((a) => a.toLowerCase()));
      g.domains.push(...group.domains.map((d) => d.toLowerCase().replace(/^@/, '')));
      g.claims.push(...group.claims.map((c) => c.toLowerCase()));
    }
    caseIdSubject.unshift(...data.caseIdPatterns.subject);
    caseIdBody.unshift(...data.caseIdPatterns.body);
    data.rules.forEach((def, index) => {
      if (def.enabled) byId.set(def.id, { def, file: path, index, origin: path === builtinPath ? 'builtin' : 'user' });
      else byId.delete(def.id);
    });
  }

  const problems: string[] = [];
  for (const { def, file, index } of byId.values()) {
    for (const name of def.senders ?? []) {
      if (!senders[name]) problems.push(`${file}: rules.${index}.senders: unknown sender group "${name}" (known: ${Object.keys(senders).join(', ') || 'none'})`);
    }
  }
  const compiled = compileFrames(frameFiles);
  problems.push(...compiled.problems);
  if (problems.length) throw new AppError('BAD_CONFIG', problems.join('\n'));

  return {
    senders,
    caseIdPatterns: { subject: caseIdSubject.map((s) => new RegExp(s, 'iu')), body: caseIdBody.map((s) => new RegExp(s, 'iu')) },
    rules: [...byId.values()].map(({ def, origin }) => compileRule(def, origin)),
    // Training reads the corpus with the rules before there is a model to load.
    model: opts.withoutModel ? EMPTY_MODEL : cachedModel(join(dirname(builtinPath), MODEL_FILE)),
    frames: compiled.frames,
    sources: files.map((f) => f.path),
  };
}

function readRulesFile(path: string): RulesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('BAD_CONFIG', `${path}: cannot read rules file (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new AppError('BAD_CONFIG', `${path}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const result = rulesFileSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) throw new AppError('BAD_CONFIG', formatIssues(result.error, path).join('\n'));
  return result.data;
}

const EMPTY_MODEL = compileKindModel({ version: 3, kinds: [...MAIL_KINDS], bucketBits: BUCKET_BITS, scale: 1, bucketGaps: [], context: [], weights: [], bias: MAIL_KINDS.map(() => 0), trainedOn: {} });

// The model is the same file for every loadRules call of a process (the CLI, the daemon and tests call it often).
const models = new Map<string, KindModel>();
function cachedModel(path: string): KindModel {
  let m = models.get(path);
  if (!m) models.set(path, (m = loadKindModel(path)));
  return m;
}

function readFramesFile(path: string): { path: string; lexicon: LexiconDefinition; frames: FrameDefinition[] } {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AppError('BAD_CONFIG', `${path}: cannot read frames file (${(err as Error).message.split('\n')[0]})`);
  }
  const result = framesFileSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) throw new AppError('BAD_CONFIG', formatIssues(result.error, path).join('\n'));
  return { path, lexicon: result.data.lexicon, frames: result.data.frames };
}

function compileRule(def: RuleDefinition, origin: 'builtin' | 'user'): CompiledRule {
  return {
    origin,
    id: def.id,
    // The schema requires kind and priority on every enabled rule.
    kind: def.kind as MailKind,
    priority: def.priority ?? 0,
    senders: def.senders ?? null,
    any: (def.any ?? []).map(compilePattern),
    all: (def.all ?? []).map(compilePattern),
    unless: (def.unless ?? []).map(compilePattern),
  };
}

function compilePattern(p: RulePattern): CompiledPattern {
  if (typeof p === 'string') return { where: 'either', source: p, re: new RegExp(p, 'iu') };
  if ('subject' in p) return { where: 'subject', source: p.subject, re: new RegExp(p.subject, 'iu') };
  return { where: 'text', source: p.text, re: new RegExp(p.text, 'iu') };
}

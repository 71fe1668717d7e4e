import { z } from 'zod';
import { MAIL_KINDS, type MailKind } from '../kinds.js';
import { showNormalized } from './normalize.js';

/** The modes a clause or an act in it can be in (see rules/frames.yaml). */
export const MODES = ['done', 'future', 'negated', 'asked', 'conditional', 'restated'] as const;
export type Mode = (typeof MODES)[number];

const regexSource = z.string().min(1, { error: 'must not be empty' }).superRefine((src, ctx) => {
  try {
    new RegExp(src, 'iu');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}` });
  }
});

/**
 * `before`/`after`: just before/after the act; `withAct`: the words before the act together with the act
 * ("are merged", not "are merging"); `clause`: anywhere in the clause; `request` (asked only): a request
 * word anywhere in the clause, which does not make an act asked that its own words tell as done ("kindly
 * note that your badges have been re-issued"); `reset` (restated only): see CompiledLexicon.
 */
const modeMarkers = z.strictObject({
  before: regexSource.optional(),
  withAct: regexSource.optional(),
  after: regexSource.optional(),
  clause: regexSource.optional(),
  request: regexSource.optional(),
  reset: regexSource.optional(),
});

export const lexiconSchema = z.strictObject({
  acts: z.record(z.string(), regexSource).default({}),
  objects: z.record(z.string(), regexSource).default({}),
  modes: z.partialRecord(z.enum(MODES), modeMarkers).default({}),
  /** What a support case can be about: `merge` (this product's cases), any other name another matter. */
  topics: z.record(z.string(), regexSource).default({}),
  /** Sentences that are not the sender's message (a mail gateway's banner, a legal disclaimer): no frame reads them. '' switches it off. */
  boilerplate: z.union([z.literal(''), regexSource]).optional(),
  /** Words that say where or which, never what an act is about (a destination address, a case named by its number as a label): no object inside them counts. '' switches it off. */
  aside: z.union([z.literal(''), regexSource]).optional(),
  /** What a clause can ask for beside the address a reply should come from (candidate IDs, names): then that `channel` is only where the answer comes from and rules no request out. '' switches it off. */
  asksBeside: z.union([z.literal(''), regexSource]).optional(),
  /**
   * A reply whose own words only point at the message it quotes (quote-answer.ts): `done` is a whole clause
   * that says the quoted request is done ("Done.", 「対応いたしました。」), `again` says the quoted message is sent
   * once more ("Sending this again", 「念のため再送いたします」). '' switches one off.
   */
  answers: z.strictObject({ done: z.union([z.literal(''), regexSource]).optional(), again: z.union([z.literal(''), regexSource]).optional() }).optional(),
});

export const frameSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'use lowercase letters, digits, - and _' }),
    kind: z.enum(MAIL_KINDS).optional(),
    acts: z.array(z.string().min(1)).min(1).optional(),
    objects: z.array(z.string().min(1)).optional(),
    notObjects: z.array(z.string().min(1)).optional(),
    require: z.array(z.enum(MODES)).optional(),
    requireAny: z.array(z.enum(MODES)).optional(),
    forbid: z.array(z.enum(MODES)).optional(),
    senders: z.array(z.string().min(1)).optional(),
    issuer: z.literal('aws').optional(),
    cues: z.array(z.string().min(1)).optional(),
    unless: z.array(z.string().min(1)).optional(),
    /** When an `unless` act is spoken of, the kind is ruled out, not just this frame: the model's word cannot take it either. */
    unlessRulesOutKind: z.boolean().optional(),
    enabled: z.boolean().default(true),
    note: z.string().optional(),
  })
  .superRefine((f, ctx) => {
    if (f.enabled && f.kind === undefined) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'missing (required unless enabled: false)' });
    if (f.enabled && f.acts === undefined) ctx.addIssue({ code: 'custom', path: ['acts'], message: 'missing (required unless enabled: false)' });
  });

export type LexiconDefinition = z.infer<typeof lexiconSchema>;
export type FrameDefinition = z.infer<typeof frameSchema>;

export interface CompiledFrame {
  id: string;
  kind: MailKind;
  acts: string[];
  objects: string[] | null;
  notObjects: string[];
  require: Mode[];
  requireAny: Mode[];
  forbid: Mode[];
  senders: string[] | null;
  issuer: 'aws' | null;
  cues: string[];
  unless: string[];
  unlessRulesOutKind: boolean;
}

export interface CompiledLexicon {
  acts: Map<string, RegExp>;
  objects: Map<string, RegExp>;
  /** `reset`: a word between a clause marker and the act that takes the mode back ("…as we wrote on Monday; today the merge is done"). */
  modes: Partial<Record<Mode, { before?: RegExp; withAct?: RegExp; after?: RegExp; clause?: RegExp; request?: RegExp; reset?: RegExp }>>;
  /** `merge` and the other matters a support case can be about (topic.ts). */
  topics: Map<string, RegExp>;
  boilerplate: RegExp | null;
  aside: RegExp | null;
  asksBeside: RegExp | null;
  /** `done` matches a whole clause (anchored when compiled). */
  answers: { done: RegExp | null; again: RegExp | null };
}

export interface Frames {
  lexicon: CompiledLexicon;
  frames: CompiledFrame[];
}

/** Merges lexicons (later wins per name) and frames (same id replaces, `enabled: false` removes); checks references. */
export function compileFrames(files: { path: string; lexicon: LexiconDefinition; frames: FrameDefinition[] }[]): { frames: Frames; problems: string[] } {
  const acts = new Map<string, string>();
  const objects = new Map<string, string>();
  const topics = new Map<string, string>();
  let boilerplate: string | undefined;
  let aside: string | undefined;
  let asksBeside: string | undefined;
  const answers: { done?: string; again?: string } = {};
  const modes: Partial<Record<Mode, { before?: string; withAct?: string; after?: string; clause?: string; request?: string; reset?: string }>> = {};
  const byId = new Map<string, { def: FrameDefinition; file: string; index: number }>();
  for (const f of files) {
    for (const [k, v] of Object.entries(f.lexicon.acts)) acts.set(k, v);
    for (const [k, v] of Object.entries(f.lexicon.objects)) objects.set(k, v);
    for (const [k, v] of Object.entries(f.lexicon.topics)) topics.set(k, v);
    if (f.lexicon.boilerplate !== undefined) boilerplate = f.lexicon.boilerplate || undefined;
    if (f.lexicon.aside !== undefined) aside = f.lexicon.aside || undefined;
    if (f.lexicon.asksBeside !== undefined) asksBeside = f.lexicon.asksBeside || undefined;
    for (const k of ['done', 'again'] as const) if (f.lexicon.answers?.[k] !== undefined) answers[k] = f.lexicon.answers[k] || undefined;
    for (const [k, v] of Object.entries(f.lexicon.modes)) modes[k as Mode] = { ...modes[k as Mode], ...v };
    f.frames.forEach((def, index) => {
      if (def.enabled) byId.set(def.id, { def, file: f.path, index });
      else byId.delete(def.id);
    });
  }
  const problems: string[] = [];
  for (const { def, file, index } of byId.values()) {
    for (const a of [...(def.acts ?? []), ...(def.unless ?? [])]) if (!acts.has(a)) problems.push(`${file}: frames.${index}: unknown act "${a}" (known: ${[...acts.keys()].join(', ')})`);
    for (const o of [...(def.objects ?? []), ...(def.notObjects ?? [])]) {
      if (o !== 'none' && !objects.has(o)) problems.push(`${file}: frames.${index}: unknown object "${o}" (known: none, ${[...objects.keys()].join(', ')})`);
    }
  }
  const re = (s: string) => new RegExp(s, 'iu');
  const reG = (s: string) => new RegExp(s, 'giu');
  const compiledModes: CompiledLexicon['modes'] = {};
  for (const [k, v] of Object.entries(modes)) {
    compiledModes[k as Mode] = Object.fromEntries(Object.entries(v).filter(([, s]) => s).map(([key, s]) => [key, re(s)]));
  }
  return {
    problems,
    frames: {
      lexicon: {
        acts: new Map([...acts].map(([k, v]) => [k, reG(v)])),
        objects: new Map([...objects].map(([k, v]) => [k, reG(v)])),
        modes: compiledModes,
        topics: new Map([...topics].map(([k, v]) => [k, re(v)])),
        boilerplate: boilerplate ? re(boilerplate) : null,
        aside: aside ? reG(aside) : null,
        asksBeside: asksBeside ? re(asksBeside) : null,
        answers: { done: answers.done ? re(`^(?:${answers.done})$`) : null, again: answers.again ? re(answers.again) : null },
      },
      frames: [...byId.values()].map(({ def }) => ({
        id: def.id,
        kind: def.kind!,
        acts: def.acts!,
        objects: def.objects ?? null,
        notObjects: def.notObjects ?? [],
        require: def.require ?? [],
        requireAny: def.requireAny ?? [],
        forbid: def.forbid ?? [],
        senders: def.senders ?? null,
        issuer: def.issuer ?? null,
        cues: def.cues ?? [],
        unless: def.unless ?? [],
        unlessRulesOutKind: def.unlessRulesOutKind ?? false,
      })),
    },
  };
}

export interface FrameContext {
  senderGroups: string[];
  cues: string[];
  credlyIssuer: 'aws' | 'other' | 'unknown' | null;
}

export interface FrameMatch {
  frame: string;
  kind: MailKind;
  /** One readable line: the act, its object and mode, and the clause. */
  why: string;
  /** The object nearest the act (null: none near it) and the modes it was told in. */
  object: string | null;
  modes: Mode[];
}

export interface FrameVerdict {
  /** Per kind, the first frame that agreed. */
  agreed: Map<MailKind, FrameMatch>;
  /**
   * Per kind, why its frames did not agree (the closest miss). `absent`: the text never tells that act
   * in a way that speaks against the kind (no act, or only plainly, without any mode marker); `vetoed`:
   * it tells it negated, future, asked, conditional, restated or on the wrong object; `ruledOut`: the
   * message speaks of something the frame's `unless` names (a reply received on an open case is no receipt).
   */
  missed: Map<MailKind, { why: string; how: MissHow }>;
  /**
   * Kinds whose act the text tells plainly (no mode marker, a fitting object) without a frame agreeing:
   * "merged as requested." says the merge without saying "has been". Not enough to take the kind; enough
   * to doubt another one (a closing that may also report the merge).
   */
  told: Set<MailKind>;
}

const BEFORE = 40;
/** `^`, `$` or a lookbehind: a pattern whose match depends on where its text starts or ends. */
const CONTEXT_BOUND = /(?<!\\)[\^$]|\(\?<[=!]/;
const AFTER = 48;
/** How much of a clause's end a chained act's mode is read from (the `after` markers reach 14 characters in). */
const CHAIN_TAIL = 16;
/** What follows an act that hands it on to a later predicate: a comma after the stem or the te-form. */
const CHAINED = /^(?:して|し|いたし|致し|され|させ|て|で|き|り|え)?[、,](?=.*[\u3040-\u30ff])/u;
const OBJECT_REACH = 50;

/** Clauses: sentences and paragraphs; a Japanese comma does not end one. */
export function clausesOf(text: string): string[] {
  return text.match(/[^.!?。！？\n]+[.!?。！？]*/gu)?.map((c) => c.trim()).filter(Boolean) ?? [];
}

/** A clause the lexicon's `boilerplate` names: a gateway's banner, a disclaimer, a helpdesk template's instructions. */
const isBoilerplate = (lex: CompiledLexicon, clause: string): boolean => lex.boilerplate?.test(clause) ?? false;

/** The text without its boilerplate clauses, line by line: what the model reads of it (classify.ts). */
export function withoutBoilerplate(lex: CompiledLexicon, text: string): string {
  if (!lex.boilerplate) return text;
  return text
    .split('\n')
    .map((line) => {
      const clauses = clausesOf(line);
      return clauses.some((c) => isBoilerplate(lex, c)) ? clauses.filter((c) => !isBoilerplate(lex, c)).join(' ') : line;
    })
    .join('\n');
}

/** How a kind's frames missed (FrameVerdict.missed), weakest first. */
export type MissHow = 'absent' | 'vetoed' | 'ruledOut';
const MISS_WEIGHT: Record<MissHow, number> = { absent: 0, vetoed: 1, ruledOut: 2 };

/** Checks every frame against the normalized subject and text. */
export function evaluateFrames(frames: Frames, subject: string, text: string, ctx: FrameContext, onlyKinds?: ReadonlySet<MailKind>): FrameVerdict {
  const agreed = new Map<MailKind, FrameMatch>();
  const missed = new Map<MailKind, { why: string; how: MissHow }>();
  const told = new Set<MailKind>();
  const lex = frames.lexicon;
  const clauses = [...clausesOf(text), ...clausesOf(subject)].filter((c) => !isBoilerplate(lex, c));
  const clauseFlags = clauses.map((c) => ({
    asked: lex.modes.asked?.clause?.test(c) ?? false,
    requested: lex.modes.asked?.request?.test(c) ?? false,
    conditional: lex.modes.conditional?.clause?.test(c) ?? false,
    restated: lex.modes.restated?.clause?.test(c) ?? false,
    asksBeside: lex.asksBeside?.test(c) ?? false,
  }));
  const whole = `${subject}\n${text}`;
  // Most acts are not in a message at all: one test on the whole text spares looking for them clause by clause
  // (an act that anchors or looks behind may match a clause and not the whole, so it is always looked for).
  const present = new Map<string, boolean>();
  const mentioned = (act: string): boolean => {
    let p = present.get(act);
    if (p === undefined) {
      const re = lex.acts.get(act)!;
      present.set(act, (p = CONTEXT_BOUND.test(re.source) || test(re, whole)));
    }
    return p;
  };
  for (const f of frames.frames) {
    if (agreed.has(f.kind) || (onlyKinds && !onlyKinds.has(f.kind))) continue;
    const miss = (why: string, how: MissHow = 'absent') => {
      // A veto by any frame of the kind outweighs another frame's absence, and a frame ruled out a veto.
      const had = missed.get(f.kind);
      if (!had || MISS_WEIGHT[how] > MISS_WEIGHT[had.how]) missed.set(f.kind, { why: `frame ${f.id}: ${why}`, how });
    };
    if (f.senders && !f.senders.some((g) => ctx.senderGroups.includes(g))) {
      miss(`sender is not in ${f.senders.join('/')}`);
      continue;
    }
    if (f.issuer === 'aws' && ctx.credlyIssuer !== 'aws') {
      miss(`badge issuer is ${ctx.credlyIssuer ?? 'unknown'}, not AWS`, ctx.credlyIssuer === 'other' ? 'vetoed' : 'absent');
      continue;
    }
    const lacking = f.cues.filter((c) => !ctx.cues.includes(c));
    if (lacking.length) {
      miss(`needs ${lacking.join(', ')}`);
      continue;
    }
    const ruledOut = f.unless.find(mentioned);
    if (ruledOut) {
      miss(`the message speaks of ${ruledOut}`, f.unlessRulesOutKind ? 'ruledOut' : 'vetoed');
      continue;
    }
    let found: FrameMatch | null = null;
    const misses: string[] = [];
    let contradicted = false;
    for (let ci = 0; ci < clauses.length && !found; ci++) {
      const clause = clauses[ci]!;
      for (const actName of f.acts) {
        if (!mentioned(actName)) continue;
        const re = lex.acts.get(actName)!;
        re.lastIndex = 0;
        for (let m = re.exec(clause); m && !found; m = re.exec(clause)) {
          if (m[0] === '') {
            re.lastIndex++;
            continue;
          }
          const before = clause.slice(Math.max(0, m.index - BEFORE), m.index);
          let after = clause.slice(m.index + m[0].length, m.index + m[0].length + AFTER);
          // A Japanese act joined to the rest of its clause by a comma or the te-form (「移し、…にいたしました」,
          // 「統合して、完了しております」) takes the mode of the clause's last predicate.
          if (CHAINED.test(after)) after = clause.slice(-CHAIN_TAIL);
          const flags = new Set<Mode>();
          const cf = clauseFlags[ci]!;
          if (cf.conditional) flags.add('conditional');
          if (cf.restated && restatedAt(lex, clause, m.index, m.index + m[0].length)) flags.add('restated');
          for (const mode of ['negated', 'done', 'future'] as const) {
            const mk = lex.modes[mode];
            if (
              (mk?.before && mk.before.test(before.slice(mode === 'negated' ? -28 : 0))) ||
              (mk?.withAct && mk.withAct.test(before + m[0])) ||
              (mk?.after && mk.after.test(after)) ||
              (mk?.clause && mk.clause.test(clause))
            )
              flags.add(mode);
          }
          if (flags.has('done') && flags.has('future')) {
            // Both: the marker nearest the act tells its mode (「統合が完了した旨をご連絡いたします」 is done;
            // "we have asked the team and will merge" is future).
            const d = lex.modes.done!;
            const fu = lex.modes.future!;
            const afterD = d.after?.exec(after)?.[0].length ?? Infinity;
            const afterF = fu.after?.exec(after)?.[0].length ?? Infinity;
            const beforeD = lastIndex(d.before, before);
            const beforeF = lastIndex(fu.before, before);
            const doneWins = afterD !== afterF ? afterD < afterF : beforeD > beforeF;
            flags.delete(doneWins ? 'future' : 'done');
          }
          // A question asks whatever it holds; a request word asks only what its act does not tell as done.
          if (cf.asked || (cf.requested && !flags.has('done'))) flags.add('asked');
          // "Reply from ‹address› with both candidate IDs" asks for data: the address is only where the answer
          // comes from, neither the act's object nor a veto.
          const nearest = nearestObject(lex, clause, m.index, m.index + m[0].length, cf.asksBeside ? VETOES_WITHIN_REACH : NONE);
          const vetoing = cf.asksBeside
            ? undefined
            : f.notObjects.find((o) => o !== nearest && VETOES_WITHIN_REACH.has(o) && objectWithinReach(lex, o, clause, m.index, m.index + m[0].length));
          const object = vetoing ?? nearest;
          const desc = `"${m[0]}"${object ? ` on ${object}` : ''} (${[...flags].join(', ') || 'plain'}) in "${showNormalized(clause, 120)}"`;
          const why =
            f.objects && !f.objects.includes(object ?? 'none')
              ? `object ${object ?? 'none'} is not ${f.objects.join('/')}`
              : f.notObjects.includes(object ?? 'none')
                ? `it is about the ${object}`
                : (f.require.find((x) => !flags.has(x)) && `not ${f.require.find((x) => !flags.has(x))}`) ||
                  (f.requireAny.length && !f.requireAny.some((x) => flags.has(x)) && `neither ${f.requireAny.join(' nor ')}`) ||
                  (f.forbid.find((x) => flags.has(x)) && `${f.forbid.find((x) => flags.has(x))}`) ||
                  null;
          if (!why) found = { frame: f.id, kind: f.kind, why: `frame ${f.id} agrees: ${desc}`, object: object ?? null, modes: [...flags] };
          else {
            // Told plainly (no marker of any mode) is no evidence against the kind; anything else is.
            if (flags.size > 0 || (f.objects && !f.objects.includes(object ?? 'none')) || f.notObjects.includes(object ?? 'none')) contradicted = true;
            else told.add(f.kind);
            if (misses.length < 3) misses.push(`${desc}: ${why}`);
          }
        }
      }
    }
    if (found) agreed.set(f.kind, found);
    else miss(misses.length ? misses.join('; ') : `no ${f.acts.join('/')} in the text`, contradicted ? 'vetoed' : 'absent');
  }
  for (const k of agreed.keys()) told.delete(k);
  return { agreed, missed, told };
}

/** How far after an act a reset word still tells its own predicate (「バッジの移動が本日済みました」, "moved today"). */
const RESET_AFTER = 12;

/**
 * A clause's restated marker speaks of the act unless a reset word stands between them, or right after
 * the act in its own predicate: in 「…とお知らせしておりましたが、本日付で…移し終えました」 and 「先日の統合に続き、
 * バッジの移動が本日済みました」 the move is today's news, not the restated past.
 */
function restatedAt(lex: CompiledLexicon, clause: string, start: number, end: number): boolean {
  const mk = lex.modes.restated;
  if (!mk?.clause) return false;
  if (!mk.reset) return true;
  const g = new RegExp(mk.clause.source, 'giu');
  for (let m = g.exec(clause); m; m = g.exec(clause)) {
    if (m[0] === '') {
      g.lastIndex++;
      continue;
    }
    // A marker after the act (or on it) speaks of it; one before it does, unless a reset word stands between
    // them or right after the act.
    if (m.index >= start) return true;
    if (!mk.reset.test(clause.slice(m.index + m[0].length, start)) && !mk.reset.test(clause.slice(end, end + RESET_AFTER))) return true;
  }
  return false;
}

function lastIndex(re: RegExp | undefined, s: string): number {
  if (!re) return -1;
  const g = new RegExp(re.source, 'giu');
  let last = -1;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    last = m.index;
    if (m[0] === '') g.lastIndex++;
  }
  return last;
}

/** The first match of a compiled lexicon pattern (global: its position is reset around the search), or null. */
export function lexiconMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m;
}

function test(re: RegExp, s: string): boolean {
  return lexiconMatch(re, s) !== null;
}

/**
 * An object that rules a frame out (`notObjects`) wherever it stands within reach of the act, on either side
 * of a comma, not only when it is the nearest: in 「今後のご連絡は、統合後に残すアカウントのメールアドレスから
 * お送りください」 the accounts are only where the address belongs, and the reply asks for no information.
 */
const VETOES_WITHIN_REACH: ReadonlySet<string> = new Set(['channel']);
const NONE: ReadonlySet<string> = new Set();

function objectWithinReach(lex: CompiledLexicon, name: string, clause: string, start: number, end: number): boolean {
  const re = lex.objects.get(name);
  if (!re) return false;
  for (const { d } of objectMatches(re, clause, start, end)) if (d <= OBJECT_REACH) return true;
  return false;
}

/** The object nearest the act within reach, leaving out the names in `passOver`. */
function nearestObject(lex: CompiledLexicon, clause: string, start: number, end: number, passOver: ReadonlySet<string> = NONE): string | null {
  let best: { name: string; d: number } | null = null;
  // "moved to ‹address›", 「ケース ‹caseId› の統合」: where the act goes, or which case the mail is about, is not what it is about.
  const asides = lex.aside ? [...clause.matchAll(lex.aside)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const [name, re] of lex.objects) {
    if (passOver.has(name)) continue;
    for (const { d, after, at, to } of objectMatches(re, clause, start, end)) {
      if (asides.some(([s, e]) => at >= s && to <= e)) continue;
      // An object after the act belongs to it only within its part of the clause: in 「統合が完了しましたので、
      // 本ケースはクローズいたします」 the case is what is closed, not what was merged.
      if (after !== null && /[,、;；]/u.test(after)) continue;
      if (d <= OBJECT_REACH && (!best || d < best.d)) best = { name, d };
    }
  }
  return best?.name ?? null;
}

/** Each match of an object's pattern in the clause: its distance to the act, and the text between them when it follows the act. */
function* objectMatches(re: RegExp, clause: string, start: number, end: number): Generator<{ d: number; after: string | null; at: number; to: number }> {
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const mEnd = m.index + m[0].length;
    if (m.index >= end) yield { d: m.index - end, after: clause.slice(end, m.index), at: m.index, to: mEnd };
    else yield { d: mEnd <= start ? start - mEnd : 0, after: null, at: m.index, to: mEnd };
  }
}

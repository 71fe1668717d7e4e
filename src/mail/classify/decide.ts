import type { MailKind } from '../kinds.js';
import { cosine, type SparseVector } from './kind-model.js';
import { ADVANCING_KINDS, DANGEROUS_KINDS } from './rules-schema.js';
import type { Topic } from './topic.js';
import type { MissHow } from './frames.js';

/**
 * Everything classification found, before deciding: kept with the message so
 * the pipeline can decide again once it knows the case (the prior) and the
 * user's corrections. Plain data: it is stored as JSON with the message.
 */
export interface Evidence {
  kinds: MailKind[];
  /** The model's probabilities, in `kinds` order. */
  probs: number[];
  /** Per kind, the frame line that agreed. */
  agreed: Partial<Record<MailKind, string>>;
  /**
   * Per kind, why no frame agreed. `absent`: the text never speaks of that act; `vetoed`: it does, in the wrong
   * mode or on the wrong object; `ruledOut`: the message speaks of what rules the kind out (a frame's `unless`).
   */
  missed: Partial<Record<MailKind, { why: string; how: MissHow }>>;
  /** Kinds whose act the text tells plainly without a frame agreeing (absent from evidence stored before it existed). */
  told?: MailKind[];
  /** A user rule that fired and decides, when one did. */
  userRule: { kind: MailKind; why: string } | null;
  /** Out-of-office and automatic replies never move a case (the support system's receipt excepted). */
  autoReply: 'none' | 'auto-replied' | 'out-of-office';
  autoReplyWhy: string;
  /** What a phrase rule for ai_answer found: the message says it was written by a machine ("generated automatically"). */
  machineWritten?: string;
  senderGroups: string[];
  /** The closing frame agreed on the case told as not yet done: a warning that the case will close (absent: none, or evidence stored before it existed). */
  closingWarning?: boolean;
  /**
   * The new text only points at the message it quotes (quote-answer.ts): `again`, the quoted message sent once
   * more (the rest of the evidence is the quoted message's); `done`, the quoted request (`kind`) told as done.
   * Either is asked about, never applied: the reading rests on a few words.
   */
  answered?: { how: 'done' | 'again'; said: string; kind?: MailKind };
  /** The words of a survey or a request to rate the support (the lexicon's `survey` act), when the text has them. */
  survey?: string;
  /** What the message says its case is about (absent from evidence stored before it existed). */
  topic?: Topic;
  /** The message as the model saw it, for nearest-neighbour corrections. */
  vector: SparseVector;
}

/** A kind the user gave a message by hand, kept to read similar mail the same way. */
export interface KindCorrection {
  id: number;
  kind: MailKind;
  vector: SparseVector;
  /** Which frames agreed when the user corrected it: a later message must not be vetoed where this one was not. */
  subject: string;
}

export interface Decision {
  kind: MailKind;
  /** 0–1: how sure certmerge is of `kind`. */
  confidence: number;
  /** True when the case should ask the user rather than move. */
  ask: boolean;
  /** The kinds a question offers, most likely first. */
  askKinds: MailKind[];
  reasons: string[];
}

export interface DecideOptions {
  /** Kinds the case's lifecycle accepts next; advancing kinds outside it are less likely. */
  expected?: ReadonlySet<MailKind>;
  corrections?: readonly KindCorrection[];
  /** Correlation tied the message to a merge case by what names it (support case ID, thread, candidate ID, a receipt's echo): whatever else it names, it is that case's. */
  onCase?: boolean;
}

/**
 * Below this confidence a message that would move a case is asked about. Across authors (each blind
 * set read by a model trained without its group of sets, scripts/leave-sets-out.ts), wrong advancing
 * readings reached 0.69 where only this line stopped them and 0.71–0.78 where another rule did (a
 * closing that may hide a merge, a frame's veto); the line sits above that whole tail. A question
 * costs the user one click, a wrong advance stalls a case.
 */
export const ASK_BELOW = 0.8;
/** An advancing kind the case cannot accept now keeps this share of its probability. */
export const PRIOR_OFF = 0.2;
/** An advancing kind no frame speaks to at all is kept (and asked about) from this probability on. */
export const UNFRAMED_KEEP = 0.45;
/**
 * A closing with a completion frame is the completion only when the model gives the completion this much
 * (asked about unless the closing itself was near certain). Across authors 0.3 -> 0.2 read 4 more
 * completions that close the case right, with no false advance; 0.1 let one through.
 */
export const EVENT_OVER_CLOSING = 0.2;
/**
 * An advancing kind no frame agrees with is applied without asking only from this confidence on. 0.85 let
 * a receipt read on the model's word at 0.851 through once training passed 9,000 messages (2-fold); 0.9
 * asks 16 more of 9,492 and every reading it still applies between 0.9 and 0.95 was right.
 */
export const UNFRAMED_SURE = 0.9;
/** A framed advancing kind is read over support_reply (and asked about) from this share of its probability on. */
export const FRAMED_OVER_REPLY = 0.5;
/**
 * Support's mail is a reply on the case rather than unrelated when the model puts this many times more
 * weight on case kinds (support_reply and advancing kinds no frame agrees with) than on unrelated.
 */
export const CASE_MAIL_OVER_UNRELATED = 2;
/** The most a reading of a few words against their quote is trusted ("Done." under a request to merge). */
export const ANSWERED_CONFIDENCE = 0.5;
/** A correction applies to a message at least this similar (cosine of the model's vectors). */
export const CORRECTION_SIMILARITY = 0.9;

const CONTRADICTIONS: [MailKind, MailKind][] = [
  ['confirmation_request', 'merge_completed'],
  ['confirmation_request', 'badges_transferred'],
];
const isAdvancing = (k: MailKind) => (ADVANCING_KINDS as readonly string[]).includes(k);
const isDangerous = (k: MailKind) => (DANGEROUS_KINDS as readonly string[]).includes(k);
const pct = (p: number) => p.toFixed(2);

/** Decides the kind from the evidence: model, frames, prior, corrections, user rules, auto-reply headers. */
export function decide(e: Evidence, opts: DecideOptions = {}): Decision {
  const reasons: string[] = [];
  const supportish = e.senderGroups.length > 0;
  let probs = e.probs.slice();
  reasons.push(`model: ${top(e.kinds, probs, 3)}`);

  if (opts.expected) {
    const expected = opts.expected;
    probs = probs.map((p, i) => (isAdvancing(e.kinds[i]!) && !expected.has(e.kinds[i]!) ? p * PRIOR_OFF : p));
    const sum = probs.reduce((a, b) => a + b, 0) || 1;
    probs = probs.map((p) => p / sum);
    reasons.push(`prior: the case accepts ${[...expected].filter(isAdvancing).join(', ') || 'no advancing kind'} next; re-ranked: ${top(e.kinds, probs, 3)}`);
  }
  const p = (k: MailKind) => probs[e.kinds.indexOf(k)] ?? 0;

  if (e.autoReply === 'out-of-office') return fixed('unrelated', [...reasons, `out-of-office reply (${e.autoReplyWhy}): never moves a case`]);

  // A dangerous kind (confirmation request, completion, badges) is taken only when a frame agrees; the
  // other advancing kinds also when the model is fairly sure without one (and asked about below
  // ASK_BELOW): across authors, frames on them vetoed right readings more often than wrong ones.
  // Not on the model's word when the message speaks of what rules the kind out (a notice of new correspondence
  // on an open case is no receipt of a new one, however much it looks like one).
  const frameOk = (k: MailKind) => !isAdvancing(k) || e.agreed[k] !== undefined || (!isDangerous(k) && p(k) >= UNFRAMED_KEEP && e.missed[k]?.how !== 'ruledOut');
  const ranked = e.kinds.map((k, i) => ({ k, p: probs[i]! })).sort((a, b) => b.p - a.p);

  // A correction of a very similar message decides, unless a frame vetoes what it says here.
  let best: { c: KindCorrection; sim: number } | null = null;
  for (const c of opts.corrections ?? []) {
    const sim = cosine(e.vector, c.vector);
    if (sim >= CORRECTION_SIMILARITY && (!best || sim > best.sim)) best = { c, sim };
  }
  if (best) {
    const k = best.c.kind;
    if (frameOk(k) || e.missed[k]?.how === 'absent') {
      reasons.push(`correction #${best.c.id} (a message ${pct(best.sim)} similar, "${best.c.subject.slice(0, 60)}", read by the user as ${k}) decides`);
      return finishAuto({ kind: k, confidence: Math.max(best.sim, p(k)), ask: false, askKinds: [], reasons });
    }
    reasons.push(`correction #${best.c.id} says ${k}, but ${e.missed[k]?.why ?? 'no frame agrees'}: not applied`);
  }

  if (e.userRule) {
    const k = e.userRule.kind;
    reasons.push(`user rule ${e.userRule.why}`);
    if (frameOk(k)) return finishAuto({ kind: k, confidence: 1, ask: false, askKinds: [], reasons: [...reasons, e.agreed[k] ?? (isAdvancing(k) ? `${k}: no frame needed (it moves a case, but not irreversibly); ${e.missed[k]?.why ?? 'no frame spoke'}` : `kind ${k} (does not move a case)`)] });
    reasons.push(`user rule's ${k} vetoed: ${e.missed[k]?.why ?? 'no frame agrees'}`);
  }

  // "Done." under a quoted request: the request's act, done; a person says so before anything moves.
  if (e.answered?.how === 'done' && e.answered.kind) {
    const k = e.answered.kind;
    reasons.push(`the new text only says "${e.answered.said}" to a quoted request for ${k}: ${k}, asked`);
    const others = ranked.filter((r) => r.k !== k && isAdvancing(r.k) && r.p >= 0.1).map((r) => r.k);
    return finishAuto({ kind: k, confidence: Math.min(ANSWERED_CONFIDENCE, Math.max(p(k), 0.3)), ask: supportish, askKinds: supportish ? [k, ...others].slice(0, 3) : [], reasons });
  }
  const aside = setAsideByTopic(e, probs, opts.onCase ?? false);
  if (aside) {
    return fixed('unrelated', [...reasons, `about ${aside.matter.topic} ("${aside.matter.said}"), never the merge, and tied to no merge case: another support case's mail, not part of a merge case`]);
  }
  // A likely kind whose act no frame finds at all (new wording, not a contradiction) stays the reading, but
  // is only asked about, never applied; a frame that finds the act in the wrong mode or on the wrong object vetoes.
  const unframed = (r: { k: MailKind; p: number }) => isAdvancing(r.k) && !frameOk(r.k) && e.missed[r.k]?.how === 'absent' && r.p >= UNFRAMED_KEEP;
  const winner = ranked.find((r) => frameOk(r.k) || unframed(r)) ?? { k: supportish ? ('support_reply' as const) : ('unrelated' as const), p: 0 };
  const withoutFrame = unframed(winner);
  if (withoutFrame) reasons.push(`${winner.k} (${pct(winner.p)}) kept without a frame (${e.missed[winner.k]?.why ?? 'none agrees'}): asked, not applied`);
  const vetoed = ranked.filter((r) => r.p > winner.p && !frameOk(r.k));
  for (const v of vetoed) reasons.push(`${v.k} (${pct(v.p)}) vetoed: ${e.missed[v.k]?.why ?? 'no frame agrees'}`);
  for (const r of ranked) if (r.k !== winner.k && r.p <= winner.p && r.p >= 0.1 && isAdvancing(r.k) && !frameOk(r.k)) reasons.push(`${r.k} (${pct(r.p)}) has no frame: ${e.missed[r.k]?.why ?? 'none agrees'}`);
  if (isAdvancing(winner.k) && !withoutFrame) reasons.push(e.agreed[winner.k] ?? `${winner.k}: no frame needed (it moves a case, but not irreversibly); ${e.missed[winner.k]?.why ?? 'no frame spoke'}`);
  let kind = winner.k;
  // Support's own words by a short head, while a frame finds an advancing act told as its kind needs (a merge
  // told as done, a confirmation asked for): the advancing reading is the kind, asked about and never applied
  // on this evidence. A wrong guess costs the user one click; a missed event leaves the case waiting.
  const framedOverReply =
    kind === 'support_reply' && supportish ? ranked.find((r) => isAdvancing(r.k) && e.agreed[r.k] !== undefined && r.p >= FRAMED_OVER_REPLY * winner.p) : undefined;
  if (framedOverReply) {
    reasons.push(`${framedOverReply.k} (${pct(framedOverReply.p)}) read over support_reply (${pct(winner.p)}): ${e.agreed[framedOverReply.k]!}: asked`);
    kind = framedOverReply.k;
  }
  // The new event beats a restated one: a completion (or badge) notice that also says the case is now closed
  // is the completion. A merge told as the past ("last week", 先日) is marked restated and has no frame.
  if (kind === 'case_closed') {
    // Only when the model too reads the completion as news: a closing that restates an earlier merge
    // ("as your profiles were combined on …, I'm closing this case") stays a closing, asked about below.
    const event = (['merge_completed', 'badges_transferred'] as const).find((k) => e.agreed[k] && p(k) >= EVENT_OVER_CLOSING);
    if (event) {
      reasons.push(`${e.agreed[event]!}: the new event beats the closing`);
      kind = event;
    }
  }
  // Asked to confirm and told it is done, in one message ("we've merged them; please confirm all looks
  // right"): the likelier reading stays the kind, and a person says which it is before anything moves.
  const contradiction = CONTRADICTIONS.find(([a, b]) => (kind === a || kind === b) && e.agreed[a] && e.agreed[b] && Math.max(p(a), p(b)) >= 0.25 && Math.min(p(a), p(b)) >= 0.02);
  if (contradiction) {
    reasons.push(`reads both as ${contradiction[0]} and as ${contradiction[1]} (both frames agree): ${kind}, asked`);
    return finishAuto({ kind, confidence: Math.min(p(contradiction[0]), p(contradiction[1])), ask: supportish, askKinds: supportish ? [...contradiction] : [], reasons });
  }
  // A request beside a word that the case will close ("no reply in 3 days and this case closes on its own",
  // the fields asked for re-pasted below): a reminder of the auto-close is a closing by the labelling guide, a
  // first request with the warning appended is the request. The model reads the pasted request; a person
  // says which it is before anything moves (two readings a frame each agrees with: no surer than even).
  if ((kind === 'info_request' || kind === 'confirmation_request') && e.closingWarning) {
    reasons.push(`${e.agreed.case_closed} beside the request: ${kind}, asked`);
    return finishAuto({ kind, confidence: Math.min(p(kind), 0.5), ask: supportish, askKinds: supportish ? [kind, 'case_closed'] : [], reasons });
  }
  // Without a sender group nothing is support's: a guess of support_reply is unrelated mail.
  if (!supportish && kind === 'support_reply') kind = 'unrelated';
  // Support's mail that the model reads as case mail (most of its weight on advancing kinds no frame agrees
  // with, and on support_reply) is a reply on the case, not mail outside it: "there is new correspondence
  // on your case". (Another matter's mail was set aside above.)
  const caseMass = p('support_reply') + e.kinds.filter((k) => isAdvancing(k) && !e.agreed[k]).reduce((sum, k) => sum + p(k), 0);
  if (kind === 'unrelated' && supportish && e.autoReply === 'none' && caseMass > CASE_MAIL_OVER_UNRELATED * p('unrelated')) {
    reasons.push(`read as case mail (${pct(caseMass)} on support_reply and unconfirmed advancing kinds against ${pct(p('unrelated'))} on unrelated): support_reply`);
    kind = 'support_reply';
  }
  const confidence = framedOverReply ? framedOverReply.p : winner.p;

  // Ask when a kind that would move the case is in play and the choice is not clear. A closing that may
  // also report the merge or the badges is asked about: closing first would hide the completion.
  const inPlay = ranked.filter((r) => isAdvancing(r.k) && (r.p >= 0.2 || (kind === 'case_closed' && r.k !== kind && r.p >= 0.04 && (r.k === 'merge_completed' || r.k === 'badges_transferred')))).map((r) => r.k);
  // So is a closing whose text also tells the merge or the badges, as done or plainly ("merged as requested.
  // I'll close this case now"), however sure the model is of the closing.
  const toldEvent =
    kind === 'case_closed' ? (['merge_completed', 'badges_transferred'] as const).find((k) => !inPlay.includes(k) && (e.agreed[k] !== undefined || (e.told ?? []).includes(k))) : undefined;
  // The kind itself, when it would move the case: a reading that wins at 0.19 among three kinds near 0.2 is
  // no reading to apply.
  if (isAdvancing(kind) && !inPlay.includes(kind)) inPlay.push(kind);
  // Mail from a known sender that names a merge case, read as outside it while a frame finds an advancing act
  // told as its kind needs ("I've moved all 3 badges over", in a chat system's transcript): asked, not set aside.
  const framedOnCase = kind === 'unrelated' && opts.onCase === true && supportish && e.autoReply === 'none' ? ranked.filter((r) => isAdvancing(r.k) && e.agreed[r.k] !== undefined).map((r) => r.k) : [];
  for (const k of framedOnCase) if (!inPlay.includes(k)) inPlay.push(k);
  if (framedOnCase.length) reasons.push(`read as unrelated, but it names this case and ${e.agreed[framedOnCase[0]!]!}: asked`);
  if (toldEvent) {
    inPlay.push(toldEvent);
    reasons.push(`the closing also tells ${toldEvent}: ${e.agreed[toldEvent] ?? `plainly (${e.missed[toldEvent]?.why ?? 'no frame agrees'})`}: asked`);
  }
  const closingHides = kind === 'case_closed' && inPlay.some((k) => k === 'merge_completed' || k === 'badges_transferred');
  // A message that says a machine wrote it (an AI or automated answer) asks nothing of the customer by
  // itself: whatever it seems to ask or report is asked about, never applied (a receipt excepted).
  const machineWritten = e.machineWritten !== undefined && isAdvancing(kind) && kind !== 'acknowledgement';
  if (machineWritten) reasons.push(`the message says a machine wrote it (${e.machineWritten}): ${kind} is asked about, not applied`);
  // A receipt, an information request or a closing taken on the model's word, no frame agreeing, is asked
  // about when a frame speaks against it (the other case closed, a request told as negated), or when the
  // model alone is not surer of it than it must be with a frame.
  const modelAlone = isAdvancing(kind) && !e.agreed[kind] && !withoutFrame;
  const overVeto = modelAlone && (e.missed[kind]?.how ?? 'absent') !== 'absent';
  const notSureAlone = modelAlone && !overVeto && confidence < UNFRAMED_SURE;
  // So is one taken on the model's word while a frame finds another advancing act told as that kind needs
  // (a closing warned of in mail the model reads as a receipt): the text says something else, a person says which.
  const framedOther = modelAlone ? ranked.find((r) => r.k !== kind && isAdvancing(r.k) && e.agreed[r.k] !== undefined) : undefined;
  if (framedOther && !inPlay.includes(framedOther.k)) inPlay.push(framedOther.k);
  if (overVeto) reasons.push(`${kind} is taken on the model's word over a frame's veto: asked`);
  if (framedOther) reasons.push(`${kind} is taken on the model's word while ${e.agreed[framedOther.k]!}: asked`);
  if (notSureAlone) reasons.push(`${kind} has no frame and the model is not sure enough of it alone (${pct(confidence)} < ${UNFRAMED_SURE}): asked`);
  // A closing beside a survey ("Case ‹id› closed. Rate us 1-5."): the closing itself, or a survey after it that
  // restates it (`unrelated`, the labelling guide says)? Writers and senders put the two together both ways.
  const surveyClosing = kind === 'case_closed' && e.survey !== undefined;
  if (surveyClosing) reasons.push(`case_closed beside a survey ("${e.survey}"): the closing, or a survey after it: asked`);
  // Re-sent: the quoted message read as this one, asked about (it may be an old request the case has met).
  if (e.answered?.how === 'again' && isAdvancing(kind)) reasons.push(`read as the quoted message, which this one only sends again ("${e.answered.said}"): ${kind}, asked`);
  const unsure = e.answered?.how === 'again' || surveyClosing ||
    overVeto || framedOther !== undefined || framedOnCase.length > 0 || notSureAlone || framedOverReply !== undefined || machineWritten || withoutFrame || closingHides || vetoed.some((v) => isAdvancing(v.k) && v.p >= 0.3) || (isAdvancing(kind) && confidence < ASK_BELOW) || (inPlay.length > 0 && !isAdvancing(kind) && confidence < ASK_BELOW);
  const ask = supportish && unsure && inPlay.length > 0;
  const askKinds = ask ? [...new Set([...(withoutFrame ? [kind] : []), ...inPlay, ...ranked.filter((r) => isAdvancing(r.k) && r.p >= 0.1).map((r) => r.k)])].slice(0, 3) : [];
  reasons.push(`kind ${kind}, confidence ${pct(confidence)}${ask ? `; unsure: ask the user (${askKinds.join(' / ')}?)` : ''}`);
  return finishAuto({ kind, confidence, ask, askKinds, reasons });

  function finishAuto(d: Decision): Decision {
    if (e.autoReply === 'auto-replied') {
      if (d.kind === 'acknowledgement') d.reasons.push(`automatic reply (${e.autoReplyWhy}), kept: a case receipt is one by nature`);
      else return fixed('unrelated', [...d.reasons, `automatic reply (${e.autoReplyWhy}): never moves a case`]);
    }
    return d;
  }
}

/**
 * Another support case of the user (a refund, an exam booking) sends receipts and closings worded like
 * the merge case's ("the refund is reflected in your account" is no merge). Mail about another matter
 * that never speaks of the merge is not part of a merge case, unless its case ID or thread ties it to
 * one (`onCase`), or the user said otherwise (a correction or a user rule, which decide() reads first).
 * Returns the kind the model read (its lead) and the other matter when the topic sets the message aside,
 * else null. A badge notice is exempt: Credly's names its issuer, which its frame checks.
 */
export function setAsideByTopic(e: Evidence, probs: readonly number[] = e.probs, onCase = false): { lead: MailKind; matter: NonNullable<Topic['other']> } | null {
  const matter = e.topic?.other;
  if (!matter || e.topic?.merge !== undefined || onCase) return null;
  let lead = 0;
  for (let i = 1; i < e.kinds.length; i++) if (probs[i]! > probs[lead]!) lead = i;
  const k = e.kinds[lead];
  return k === undefined || k === 'badges_transferred' || k === 'unrelated' ? null : { lead: k, matter };
}

function fixed(kind: MailKind, reasons: string[]): Decision {
  return { kind, confidence: 1, ask: false, askKinds: [], reasons };
}

function top(kinds: MailKind[], probs: number[], n: number): string {
  return kinds
    .map((k, i) => ({ k, p: probs[i]! }))
    .sort((a, b) => b.p - a.p)
    .slice(0, n)
    .map((x) => `${x.k} ${pct(x.p)}`)
    .join(', ');
}

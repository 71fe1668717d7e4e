import type { MailKind } from '../kinds.js';
import type { AutoReplyVerdict } from './auto-reply.js';
import type { ClassificationRules, CompiledPattern, CompiledRule } from './classification-rules.js';
import { decide, type DecideOptions, type Evidence } from './decide.js';
import { contextCues, credlyIssuer, isReplyMessage } from './features.js';
import { evaluateFrames, lexiconMatch, withoutBoilerplate, type FrameMatch } from './frames.js';
import { predict } from './kind-model.js';
import { detectLanguage, type Language } from './language.js';
import { matchText } from './match-text.js';
import { normalizeText, showNormalized } from './normalize.js';
import { askedAct, readAnswer } from './quote-answer.js';
import { firstQuotedMessage } from '../strip/first-quoted.js';
import { ADVANCING_KINDS } from './rules-schema.js';
import { readTopic } from './topic.js';
import { claimedSenderGroups } from './sender-groups.js';
import { findSupportCaseIdNormalized } from './support-case-id.js';

/** What classification looks at. `fullText` only serves to find a case ID, never the kind. */
export interface ClassifyInput {
  subject: string;
  newText: string;
  fullText?: string;
  from: string | null;
  /** From display name: names a Credly badge's issuer ("Amazon Web Services … via Credly"). */
  fromName?: string;
  inReplyTo?: string | null;
  references?: readonly string[];
  /** List-Id or List-Unsubscribe present. */
  bulk?: boolean;
  autoReply?: AutoReplyVerdict;
}

export interface Classification {
  kind: MailKind;
  /** 0–1. */
  confidence: number;
  /** True when the case should ask the user about this message rather than move. */
  ask: boolean;
  /** The kinds a question offers. */
  askKinds: MailKind[];
  /** What decided the kind: sender, cues, model probabilities, frames, prior: one readable line each. */
  reasons: string[];
  language: Language;
  supportCaseId: string | null;
  /** Where the case ID was found: the subject is reliable, a body mention less so. */
  supportCaseIdWhere: 'subject' | 'new text' | 'body' | null;
  /** What was found before deciding: the pipeline decides again with the case's prior and the user's corrections. */
  evidence: Evidence;
}

/** How much of the new text the model and the frames read. */
export const MODEL_TEXT_CHARS = 4000;

/** A message's model input and context, as training and classification both compute it. */
export interface ModelInput {
  subject: string;
  text: string;
  cues: string[];
  groups: string[];
  /** The groups are claimed by a look-alike of the sender (never trusted). */
  lookalike: boolean;
  issuer: 'aws' | 'other' | 'unknown' | null;
  language: Language;
  found: { id: string; where: 'subject' | 'new text' | 'body' } | null;
  fired: { rule: CompiledRule; why: string }[];
}

/** Normalizes, finds the case ID, runs the phrase rules as cues and names the context cues. */
export function modelInput(input: ClassifyInput, rules: ClassificationRules): ModelInput {
  const subject = matchText(input.subject);
  const text = matchText(input.newText);
  const language = detectLanguage(input.subject, input.newText || (input.fullText ?? ''));
  const found = findSupportCaseIdNormalized(subject, text, input.newText, input.fullText ?? '', rules.caseIdPatterns);
  const { groups, lookalike } = claimedSenderGroups(input.from, input.fromName ?? '', rules.senders);
  let readText = false;
  const fire = (t: string) => rules.rules.flatMap((rule) => {
    const r = evaluate(rule, subject, t, groups);
    readText ||= r.readText;
    return r.fired ? [{ rule, why: r.why }] : [];
  });
  let fired: { rule: CompiledRule; why: string }[] = fire(text);
  // A helpdesk's "type your reply above this line" is no request, a disclaimer no statement: the phrase
  // rules read the sender's words as the model and the frames do. Looked for only when a pattern matched
  // the text (a rule fired on it or was held back by it); a rule that fires on the sender alone needs no re-read.
  if (readText) {
    const own = matchText(withoutBoilerplate(rules.frames.lexicon, input.newText));
    if (own !== text) fired = fire(own);
  }
  const nSubject = normalizeText(input.subject);
  // What a support message means is said near its top; a newsletter's 30 KB would only cost time.
  // A gateway's banner, a legal disclaimer or a helpdesk template's instructions and status fields are not the
  // sender's words: the model does not read them any more than the frames do.
  const nText = withoutBoilerplate(rules.frames.lexicon, normalizeText(input.newText.slice(0, MODEL_TEXT_CHARS)));
  // A look-alike of Credly is read like Credly (kind by the text; `trusted` keeps it from moving a case).
  const credlyLike = groups.includes('credly') || /\bvia credly\s*$/iu.test(input.fromName ?? '') || /credl/iu.test(input.from ?? '');
  const issuer = credlyLike ? credlyIssuer(input.fromName ?? '', input.subject, input.newText) : null;
  const cues = contextCues({
    subject: input.subject,
    fromName: input.fromName ?? '',
    senderGroups: groups,
    isReply: isReplyMessage(input.subject, input.inReplyTo ?? null, input.references ?? []),
    autoReply: input.autoReply?.kind ?? 'none',
    bulk: input.bulk ?? false,
    language,
    caseIdWhere: found?.where ?? null,
    credlyIssuer: issuer,
    rulesFired: fired.filter((f) => f.rule.origin === 'builtin').map((f) => f.rule.id),
  });
  return { subject: nSubject, text: nText, cues, groups, lookalike, issuer, language, found, fired };
}

/**
 * Classifies a message: the kind model proposes (character n-grams of the
 * normalized text and context cues), frames check what an advancing kind must
 * mean, and `decide` takes the most likely kind a frame agrees with (or that
 * moves nothing), with a confidence and whether to ask the user. `opts` adds
 * what the case expects next and the user's corrections.
 */
export function classify(input: ClassifyInput, rules: ClassificationRules, opts: DecideOptions = {}): Classification {
  const own = modelInput(input, rules);
  const { groups, found } = own;
  // A reply that only points at its quote ("Done.", 「念のため再送いたします。」) is read against the quote: a
  // re-sent message as the quoted one, "done" as the quoted request done (decide() asks about both).
  const answered = answerToQuote(input, own, rules);
  const mi = answered?.read ?? own;
  const reasons: string[] = [];
  reasons.push(
    !groups.length
      ? `sender ${input.from ?? '(none)'} is in no known sender group`
      : mi.lookalike
        ? `sender ${input.from} looks like sender group(s) ${groups.join(', ')} without being one: read for its meaning, never trusted`
        : `sender ${input.from} is in sender group(s) ${groups.join(', ')}`,
  );
  if (found) reasons.push(`support case ID ${found.id} found in the ${found.where}`);
  reasons.push(`normalized: "${showNormalized(own.text)}"`);
  if (answered) reasons.push(answered.why);
  reasons.push(`cues: ${mi.cues.join(', ')}`);
  for (const f of mi.fired) reasons.push(`rule ${f.rule.id} (${f.rule.kind}${f.rule.origin === 'user' ? ', user rule' : ', a cue'}) matched ${f.why}`);

  const { probs, vector } = predict(rules.model, mi.subject, mi.text, mi.cues);
  const kinds = rules.model.kinds;
  const userRule = mi.fired.filter((f) => f.rule.origin === 'user').sort((a, b) => b.rule.priority - a.rule.priority)[0];
  // Frames run only for the advancing kinds in the running (the rest cannot win), and for the completion
  // kinds whenever a closing is: a completion notice that also closes the case is the completion.
  const candidates = new Set<MailKind>(kinds.filter((k, i) => probs[i]! >= 0.02 && (ADVANCING_KINDS as readonly string[]).includes(k)));
  if (candidates.has('case_closed')) for (const k of ['merge_completed', 'badges_transferred'] as const) candidates.add(k);
  // And the closing frame whenever a request is: a reminder that the case closes without a reply re-asks.
  if (candidates.has('info_request') || candidates.has('confirmation_request')) candidates.add('case_closed');
  if (userRule) candidates.add(userRule.rule.kind);
  const verdict = evaluateFrames(rules.frames, mi.subject, mi.text, { senderGroups: groups, cues: mi.cues, credlyIssuer: mi.issuer }, candidates);
  const evidence: Evidence = {
    kinds,
    probs: probs.map((p) => Math.round(p * 1e4) / 1e4),
    agreed: Object.fromEntries([...verdict.agreed].map(([k, m]) => [k, m.why])),
    ...(closingWarning(verdict.agreed.get('case_closed')) ? { closingWarning: true } : {}),
    ...surveyIn(rules, mi.text),
    missed: Object.fromEntries([...verdict.missed].filter(([k]) => !verdict.agreed.has(k))),
    told: [...verdict.told],
    userRule: userRule ? { kind: userRule.rule.kind, why: `${userRule.rule.id} (${userRule.rule.kind}) matched ${userRule.why}` } : null,
    autoReply: input.autoReply?.kind ?? 'none',
    autoReplyWhy: input.autoReply?.reasons.join('; ') ?? '',
    ...machineWritten(mi.fired),
    ...(answered ? { answered: answered.answer } : {}),
    senderGroups: groups,
    topic: readTopic(rules.frames.lexicon.topics, mi.subject, mi.text),
    vector,
  };
  const d = decide(evidence, opts);
  return {
    kind: d.kind,
    confidence: Math.round(d.confidence * 1000) / 1000,
    ask: d.ask,
    askKinds: d.askKinds,
    reasons: [...reasons, ...d.reasons],
    language: own.language,
    supportCaseId: found?.id ?? null,
    supportCaseIdWhere: found?.where ?? null,
    evidence,
  };
}

/**
 * A short reply that only points at the message it quotes, read against that message (quote-answer.ts): for
 * `again` the quoted message's model input, which classification reads instead; for `done` what the quoted
 * message asked for. Null when the reply says something of its own, quotes nothing, comes from no sender
 * group, or the quote asks for nothing a completion could answer.
 */
function answerToQuote(input: ClassifyInput, own: ModelInput, rules: ClassificationRules): { answer: NonNullable<Evidence['answered']>; read?: ModelInput; why: string } | null {
  // Only support's own short replies: a customer's "FYI, see below" over a forwarded notice is a forward.
  if (!input.fullText || !own.groups.length) return null;
  const answer = readAnswer(rules.frames.lexicon, own.text);
  if (!answer) return null;
  const quoted = firstQuotedMessage(input.fullText, input.newText);
  if (!quoted) return null;
  if (answer.how === 'again') {
    const read = modelInput({ ...input, newText: quoted.slice(0, MODEL_TEXT_CHARS), fullText: '' }, rules);
    return { answer: { how: 'again', said: answer.said }, read, why: `the new text only sends the quoted message again ("${answer.said}"): read as the quoted message, "${showNormalized(read.text)}"` };
  }
  const kind = askedAct(rules.frames.lexicon, normalizeText(quoted.slice(0, MODEL_TEXT_CHARS)));
  if (!kind) return null;
  return { answer: { how: 'done', said: answer.said, kind }, why: `the new text only says "${answer.said}" to a quoted message that asks for ${kind}: "${showNormalized(normalizeText(quoted))}"` };
}

function evaluate(
  rule: CompiledRule,
  subject: string,
  text: string,
  groups: string[],
): { fired: boolean; why: string; readText: boolean } {
  if (rule.senders && !rule.senders.some((g) => groups.includes(g))) return { fired: false, why: '', readText: false };
  const hits: Hit[] = [];
  // Taking words away cannot make a pattern match: a rule that does not fire on the text needs no re-read.
  const no = { fired: false, why: '', readText: false };
  for (const p of rule.all) {
    const h = hit(p, subject, text);
    if (!h) return no;
    hits.push(h);
  }
  if (rule.any.length) {
    // The first pattern that matches is the one reported; the rest need not run.
    let h: Hit | null = null;
    for (const p of rule.any) if ((h = hit(p, subject, text)) !== null) break;
    if (!h) return no;
    hits.push(h);
  }
  for (const p of rule.unless) {
    const h = hit(p, subject, text);
    if (h) return { fired: false, why: '', readText: h.inText || hits.some((x) => x.inText) };
  }
  return { fired: true, why: hits.length ? hits.map((h) => h.shown).join(' and ') : 'on sender alone', readText: hits.some((h) => h.inText) };
}

interface Hit {
  /** `"have been merged" in text` */
  shown: string;
  inText: boolean;
}

function hit(p: CompiledPattern, subject: string, text: string): Hit | null {
  if (p.where !== 'text') {
    const m = p.re.exec(subject);
    if (m) return { shown: `"${m[0].slice(0, 80)}" in subject`, inText: false };
  }
  if (p.where !== 'subject') {
    const m = p.re.exec(text);
    if (m) return { shown: `"${m[0].slice(0, 80)}" in text`, inText: true };
  }
  return null;
}

/** The words of a survey or a request to rate the support (the lexicon's `survey` act), when the text has them. */
function surveyIn(rules: ClassificationRules, text: string): { survey?: string } {
  const re = rules.frames.lexicon.acts.get('survey');
  const m = re ? lexiconMatch(re, text) : null;
  return m ? { survey: m[0] } : {};
}

/** The first built-in ai_answer rule that fired, as evidence that a machine wrote the message. */
function machineWritten(fired: ModelInput['fired']): { machineWritten?: string } {
  const f = fired.find((x) => x.rule.kind === 'ai_answer' && x.rule.origin === 'builtin');
  return f ? { machineWritten: f.why } : {};
}

/**
 * The closing frame agreed on the case itself (or on no object), told as not yet done: "without a reply in
 * 3 days this case closes", 「7日後に本ケースは自動でクローズされます」. Closing an *account* ("the source
 * profile will be closed") and a closing told as past are not a warning.
 */
function closingWarning(m: FrameMatch | undefined): boolean {
  return m !== undefined && (m.object === null || m.object === 'case') && !m.modes.includes('done') && !m.modes.includes('restated');
}

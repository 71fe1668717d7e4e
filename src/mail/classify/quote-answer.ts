import type { MailKind } from '../kinds.js';
import { clausesOf, lexiconMatch, type CompiledLexicon } from './frames.js';

/**
 * A reply whose own words only point at the message it quotes: "Done." or 「対応いたしました。」 under the
 * customer's "please go ahead and merge" (`done`: the quoted request, done), "Sending this again" or
 * 「念のため再送いたします。」 over support's earlier request (`again`: the quoted message, once more).
 */
export interface QuoteAnswer {
  how: 'done' | 'again';
  /** The words that say so, as normalized. */
  said: string;
}

/** A reply says more than a pointer at its quote beyond this many characters (normalized, greeting and name included). */
export const ANSWER_MAX_CHARS = 80;

/**
 * The acts whose mention in another clause means the reply says itself what it is about ("Done. Your accounts
 * are merged", 「念のため再送いたします。統合の実施にご承諾いただけますか」): the frames read such a reply, not the
 * quote. A request to check ("ご確認ください", "please confirm all is well") says nothing of its own.
 */
const OWN_ACTS = ['merge', 'transfer', 'close', 'receive', 'provide', 'need'];

/**
 * Whether the normalized new text is only a pointer at its quote, by the lexicon's `answers` patterns: `done`
 * must be a whole clause ("done.", "all taken care of", 「対応いたしました。」), `again` anywhere in a short text.
 */
export function readAnswer(lex: CompiledLexicon, text: string): QuoteAnswer | null {
  const t = text.trim();
  if (!t || t.length > ANSWER_MAX_CHARS || (!lex.answers.done && !lex.answers.again)) return null;
  const clauses = clausesOf(t);
  const ownAct = (except: string) => clauses.some((c) => c !== except && OWN_ACTS.some((a) => tells(lex.acts.get(a), c)));
  const again = lex.answers.again ? clauses.find((c) => lex.answers.again!.test(c)) : undefined;
  if (again) return ownAct(again) ? null : { how: 'again', said: lex.answers.again!.exec(again)![0] };
  if (!lex.answers.done) return null;
  const done = clauses.find((c) => lex.answers.done!.test(c.replace(/[\s.!。！、,]+$/u, '')));
  if (!done || ownAct(done)) return null;
  return { how: 'done', said: done };
}

/**
 * What the quoted message asked to be done, when a reply answers it with "Done.": the badges moved (a transfer
 * or re-issue of badges), else the merge (any merge act), else nothing. Never the reading of its own: the
 * caller asks the user.
 */
export function askedAct(lex: CompiledLexicon, quoted: string): MailKind | null {
  const clauses = clausesOf(quoted);
  const badges = lex.objects.get('badges');
  if (clauses.some((c) => (tells(lex.acts.get('transfer'), c) || tells(lex.acts.get('appear'), c)) && tells(badges, c))) return 'badges_transferred';
  if (clauses.some((c) => tells(lex.acts.get('merge'), c))) return 'merge_completed';
  return null;
}

/** Whether a lexicon pattern (absent: no) matches the text. */
function tells(re: RegExp | undefined, text: string): boolean {
  return re !== undefined && lexiconMatch(re, text) !== null;
}

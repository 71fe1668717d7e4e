import type { CompiledLexicon } from './frames.js';

/** What a message says its support case is about, as found in its subject and new text (normalized). */
export interface Topic {
  /** The words that speak of an account merge, when any do. */
  merge?: string;
  /** Another matter the message names (a billing question, an exam booking...), when it names one. */
  other?: { topic: string; said: string };
}

/**
 * Reads the topic of a message. The user's other support cases (a refund, an
 * exam booking, a voucher order) send receipts, requests and closings worded
 * exactly like the merge case's: what they are about tells them apart. The
 * subject is read first, since a support system repeats the case's subject
 * there.
 */
export function readTopic(topics: CompiledLexicon['topics'], subject: string, text: string): Topic {
  const out: Topic = {};
  let category: string | undefined;
  let access: { topic: string; said: string } | undefined;
  let caseAbout: { topic: string; said: string } | undefined;
  for (const where of [subject, text]) {
    for (const [name, re] of topics) {
      const m = re.exec(where);
      if (!m) continue;
      if (name === 'merge') out.merge ??= m[0];
      else if (name === MERGE_CATEGORY) category ??= m[0];
      else {
        out.other ??= { topic: name, said: m[0] };
        if (name === CATEGORY_ALSO_FILES) access ??= { topic: name, said: m[0] };
        if (CASE_ABOUT_AFTER.test(where.slice(m.index + m[0].length, m.index + m[0].length + 24)) || CASE_ABOUT_BEFORE.test(where.slice(Math.max(0, m.index - 48), m.index))) {
          caseAbout ??= { topic: name, said: m[0] };
        }
      }
    }
  }
  // The form's category files sign-in and MFA trouble too: it speaks for the merge unless the message names that,
  // or says its inquiry is about another matter (「返金に関するお問い合わせを受け付けました」, "your request about a refund").
  if (out.merge === undefined && category !== undefined) {
    if (access) out.other = access;
    else if (caseAbout) out.other = caseAbout;
    else out.merge = category;
  }
  return out;
}

/** Words after another matter that make it what the case is about: 「返金に関するお問い合わせ」, 「予約変更の件」. */
const CASE_ABOUT_AFTER = /^\s?(に関する|に関しての|についての|について|の件での|の件)\s?(お?問い?合わ?せ|ご?依頼|ご?相談|ご?質問|ケース|リクエスト|申請|お申し?込み)/u;
/** Words before it: "your inquiry about a refund", "the case regarding your exam booking". */
const CASE_ABOUT_BEFORE = /\b(inquiry|enquiry|request|case|question|ticket)s? (about|regarding|concerning|re:?) (your |the |an? |my )?([\w-]+ ){0,2}$/u;

/** The support form's category for merges ("account-assistance")… */
const MERGE_CATEGORY = 'mergeCategory';
/** …which also files account access trouble (sign-in, MFA): the other matter that outweighs it wherever it is named. */
const CATEGORY_ALSO_FILES = 'access';

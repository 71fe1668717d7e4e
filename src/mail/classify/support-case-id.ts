import type { ClassificationRules } from './classification-rules.js';
import { matchText } from './match-text.js';

/**
 * The support case ID, from the decoded subject first (ticket systems keep it
 * there reliably), then the new text, then the whole body. The rules file's
 * patterns each capture the ID in their first group.
 */
export function findSupportCaseId(
  input: { subject: string; newText: string; fullText: string },
  patterns: ClassificationRules['caseIdPatterns'],
): { id: string; where: 'subject' | 'new text' | 'body' } | null {
  const tries: [string, RegExp[], 'subject' | 'new text' | 'body'][] = [
    [input.subject, patterns.subject, 'subject'],
    [input.newText, patterns.body, 'new text'],
    [input.fullText, patterns.body, 'body'],
  ];
  for (const [text, res, where] of tries) {
    const t = matchText(text);
    for (const re of res) {
      const id = re.exec(t)?.[1];
      if (id) return { id, where };
    }
  }
  return null;
}

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
  return findSupportCaseIdNormalized(matchText(input.subject), matchText(input.newText), input.newText, input.fullText, patterns);
}

/**
 * The same, for a caller that already holds the subject and the new text in
 * `matchText` form (classify does): the whole body is normalized only when
 * neither holds an ID and it differs from the new text.
 */
export function findSupportCaseIdNormalized(
  subject: string,
  newText: string,
  rawNewText: string,
  fullText: string,
  patterns: ClassificationRules['caseIdPatterns'],
): { id: string; where: 'subject' | 'new text' | 'body' } | null {
  const inSubject = firstCapture(subject, patterns.subject);
  if (inSubject) return { id: inSubject, where: 'subject' };
  const inNewText = firstCapture(newText, patterns.body);
  if (inNewText) return { id: inNewText, where: 'new text' };
  // Nothing was stripped: the body is the new text, already searched.
  if (fullText === rawNewText) return null;
  const inBody = firstCapture(matchText(fullText), patterns.body);
  return inBody ? { id: inBody, where: 'body' } : null;
}

function firstCapture(text: string, res: RegExp[]): string | null {
  for (const re of res) {
    const id = re.exec(text)?.[1];
    if (id) return id;
  }
  return null;
}

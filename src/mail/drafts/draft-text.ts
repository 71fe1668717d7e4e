import type { Language } from '../../cases/case-file.js';
import { badgesFollowupText } from './texts/badges-followup.js';
import type { TextFn } from './texts/blocks.js';
import { confirmationText } from './texts/confirmation.js';
import { followupOverdueText } from './texts/followup-overdue.js';
import { infoText } from './texts/info.js';
import type { DraftKind, DraftTextInput } from './types.js';

const TEXTS: Record<DraftKind, Record<Language, TextFn>> = {
  confirmation: confirmationText,
  info: infoText,
  followup_overdue: followupOverdueText,
  badges_followup: badgesFollowupText,
};

/** The body of a reply of `kind` in `language`, without the quoted original. */
export function draftText(kind: DraftKind, language: Language, input: DraftTextInput): string {
  return TEXTS[kind][language](input);
}

import type { CaseView } from '../cases/case-view.js';
import { tagsOfPath } from '../machines/lifecycle.js';
import type { DraftView } from '../replies/draft-view.js';
import type { Dict } from './i18n/en.js';

export type NextAction =
  | { kind: 'event'; type: string; label: string }
  | { kind: 'send-draft'; draftId: string; label: string }
  | { kind: 'link'; href: string; label: string };

export interface NextStep {
  text: string;
  actions: NextAction[];
}

/** Why a case needs a person, from the event that took it there. */
export function attentionWhy(t: Dict, view: Pick<CaseView, 'timeline'> | object): string {
  const timeline = 'timeline' in view ? view.timeline : [];
  const into = [...timeline].reverse().find((e) => e.outcome === 'applied' && tagsOfPath(e.stateAfter).includes('attention'));
  if (!into || into.type === 'case_closed') return t.review.attentionClosed;
  return t.review.attentionUnexpected(t.events[into.type] ?? into.type);
}

/** "What to do next" for a case in one sentence, with the button(s) that do it. */
export function nextStep(t: Dict, view: Pick<CaseView, 'state' | 'tags' | 'overdue'> & Partial<Pick<CaseView, 'timeline'>>, drafts: DraftView[]): NextStep {
  const n = t.next;
  const ev = (type: string): NextAction => ({ kind: 'event', type, label: t.actions[type] ?? type });
  // The reply the state needs (its `draft.<kind>` tag), if one is drafted and not yet sent.
  const needed = view.tags.find((tag) => tag.startsWith('draft.'))?.slice('draft.'.length);
  const pending = (kind: DraftView['kind']) => (kind === needed ? drafts.find((d) => d.kind === kind && (d.status === 'drafted' || d.status === 'failed')) : undefined);
  const send = (d: DraftView): NextAction => ({ kind: 'send-draft', draftId: d.id, label: t.actions.sendDraft! });
  switch (view.state) {
    case 'preparing':
      return { text: n.preparing, actions: [ev('prepared')] };
    case 'selfService':
      return { text: n.selfService, actions: [ev('merge_completed'), ev('case-submitted')] };
    case 'caseDraft':
      return { text: n.caseDraft, actions: [ev('case-submitted')] };
    case 'awaitingAcknowledgement':
      return { text: view.overdue ? n.awaitingAcknowledgementOverdue : n.awaitingAcknowledgement, actions: [] };
    case 'awaitingSupport': {
      const d = pending('followup_overdue');
      return view.overdue ? { text: n.awaitingSupportOverdue, actions: d ? [send(d)] : [] } : { text: n.awaitingSupport, actions: [] };
    }
    case 'infoRequested': {
      const d = pending('info');
      return d ? { text: n.infoRequestedDraft, actions: [send(d)] } : { text: n.infoRequested, actions: [ev('reply-sent')] };
    }
    case 'confirmationRequested': {
      const d = pending('confirmation');
      return d ? { text: n.confirmationRequestedDraft, actions: [send(d)] } : { text: n.confirmationRequested, actions: [ev('confirmation-sent')] };
    }
    case 'awaitingCompletion':
      return { text: view.overdue ? n.awaitingCompletionOverdue : n.awaitingCompletion, actions: [] };
    case 'verifying': {
      const d = pending('badges_followup');
      if (d) return { text: n.verifyingBadgesDraft, actions: [send(d)] };
      return { text: n.verifying, actions: [{ kind: 'link', href: '#checklist', label: t.actions.toChecklist! }] };
    }
    case 'done':
      return { text: n.done, actions: [] };
    case 'needsAttention':
      // Why, in the page's language (the stored reason is the classifier's English line, shown folded),
      // and the three ways on: reply to support (a reply reopens the AWS case), resume here, or start anew.
      return {
        // Japanese sentences follow one another without a space.
        text: `${attentionWhy(t, view)}${t.lang === 'ja' ? '' : ' '}${t.review.attentionWhat}`,
        actions: [
          { kind: 'event', type: 'reply-sent', label: t.review.repliedReopens },
          { kind: 'event', type: 'reopen', label: t.actions.reopen! },
          { kind: 'link', href: '/cases/new', label: t.review.newCase },
        ],
      };
    case 'cancelled':
      return { text: n.cancelled, actions: [ev('reopen')] };
    default:
      return { text: '', actions: [] };
  }
}

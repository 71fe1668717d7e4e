import { assign, setup } from 'xstate';
import type { LifecycleEvent } from './events.js';

/**
 * The lifecycle of one account-merge case, from preparation to the checks
 * after the merge. Pure: guards and assigns only, no I/O, no delays — due
 * times live in storage and a scheduler sends the timeout events
 * (`after` does not survive persistence, statelyai/xstate#5331).
 */

export interface LifecycleInput {
  /** At most one of the two accounts has certification history. */
  selfServiceEligible: boolean;
}

export interface LifecycleContext {
  selfServiceEligible: boolean;
  supportCaseId: string | null;
  /** When the current wait on someone began (ISO); due times are computed from it. */
  waitingSince: string | null;
  /** Rounds of "support asked for information". */
  infoRounds: number;
  aiAnswers: number;
  /** Why the case needs a person (closed without a merge, auto-close warning...). */
  attentionReason: string | null;
  /** When support or the user last wrote on the case (ISO). */
  lastContactAt: string | null;
  checklist: { certifications: boolean; benefits: boolean; badges: boolean };
  /**
   * When the user's current turn began (support asked for information or a
   * confirmation, or the badges follow-up is to be sent), ISO; null when it
   * is not the user's turn. Absent in snapshots stored before it existed.
   */
  userTurnSince?: string | null;
  /** Reminders of the user's current turn already sent by the scheduler (0, 1 = overdue, 2 = before auto-close). */
  userReminders?: number;
}

/**
 * What a state means, for every module outside the machine: ask
 * `snapshot.hasTag(...)` (or the tags stored with the case) instead of
 * listing state names.
 */
export type LifecycleTag =
  /** Not done or cancelled: mail may still move it. */
  | 'open'
  /** Something needs a person: support closed the case without a merge, or an unexpected event (`attentionReason`). */
  | 'attention'
  /** Support (or its automation) has to act next; otherwise an open case waits on the user. */
  | 'waitingOnSupport'
  /** A wait has passed its due time. */
  | 'overdue'
  /** Not yet submitted to support: the support form text is what the user needs. */
  | 'beforeSubmission'
  /** Submitted (or about to be) and the support case ID not yet known: a receipt may bind it. */
  | 'awaitsCaseId'
  /** Support asked the user something (information or the confirmation) and waits for the answer. */
  | 'userToAnswer'
  /** Reported merged: the checklist applies. */
  | 'merged'
  /** The badges are not yet on the kept account. */
  | 'badgesPending'
  /** The badges did not move on their own: a follow-up is due or was sent. */
  | 'badgesMissing'
  /** The case needs a reply drafted; `draft.<kind>` says which. */
  | 'needsDraft'
  | 'draft.confirmation'
  | 'draft.info'
  | 'draft.badges_followup'
  | 'draft.followup_overdue';

/** An overdue wait on support: a follow-up is drafted. */
const overdueWithFollowup = { tags: ['overdue', 'needsDraft', 'draft.followup_overdue'] } as const;

const atOf = (event: LifecycleEvent | { type: string }): string | null => ('at' in event && typeof event.at === 'string' ? event.at : null);

/**
 * Mail that is recorded without moving the case. It needs an action: XState
 * treats a transition with neither target nor action as forbidden (`can()` is
 * false), which would refuse the event.
 */
const recordOnly = { actions: 'noteContact' } as const;

/** The badges are on the kept account: checked by the user, or announced by Credly. */
const badgesArrive = {
  'badges-verified': { target: '#mergeCase.verifying.badges.verified', actions: 'checkBadges' },
  badges_transferred: { target: '#mergeCase.verifying.badges.verified', actions: 'checkBadges' },
} as const;

export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
    input: {} as LifecycleInput,
    tags: {} as LifecycleTag,
  },
  guards: {
    selfServiceEligible: ({ context }) => context.selfServiceEligible,
    hasSupportCaseId: ({ context }) => context.supportCaseId !== null,
  },
  actions: {
    startWaiting: assign({ waitingSince: ({ event }) => atOf(event) }),
    stopWaiting: assign({ waitingSince: null }),
    noteContact: assign({ lastContactAt: ({ event }) => atOf(event) }),
    bindSupportCaseId: assign({
      supportCaseId: ({ context, event }) => (event.type === 'acknowledgement' ? event.supportCaseId : context.supportCaseId),
    }),
    countAiAnswer: assign({ aiAnswers: ({ context }) => context.aiAnswers + 1 }),
    countInfoRound: assign({ infoRounds: ({ context }) => context.infoRounds + 1 }),
    noteAttention: assign({
      attentionReason: ({ event }) => {
        if (event.type === 'case_closed') return event.reason ?? 'Support closed the case, or warned it will close, before the merge.';
        return `Unexpected ${event.type}`;
      },
    }),
    clearAttention: assign({ attentionReason: null }),
    checkCertifications: assign({ checklist: ({ context }) => ({ ...context.checklist, certifications: true }) }),
    checkBenefits: assign({ checklist: ({ context }) => ({ ...context.checklist, benefits: true }) }),
    checkBadges: assign({ checklist: ({ context }) => ({ ...context.checklist, badges: true }) }),
    resetChecklist: assign({ checklist: { certifications: false, benefits: false, badges: false } }),
    startUserTurn: assign({ userTurnSince: ({ event }) => atOf(event), userReminders: 0 }),
    endUserTurn: assign({ userTurnSince: null, userReminders: 0 }),
    noteUserReminder: assign({ userReminders: ({ context }) => (context.userReminders ?? 0) + 1 }),
  },
}).createMachine({
  id: 'mergeCase',
  initial: 'preparing',
  context: ({ input }) => ({
    selfServiceEligible: input.selfServiceEligible,
    supportCaseId: null,
    waitingSince: null,
    infoRounds: 0,
    aiAnswers: 0,
    attentionReason: null,
    lastContactAt: null,
    checklist: { certifications: false, benefits: false, badges: false },
    userTurnSince: null,
    userReminders: 0,
  }),
  on: {
    // Any case can be abandoned; `cancelled` and `done` override this below.
    cancel: { target: '.cancelled' },
  },
  states: {
    preparing: {
      description: 'Both accounts, their certifications and benefits are being gathered.',
      meta: { step: 0 },
      tags: ['open', 'beforeSubmission'],
      on: {
        prepared: [{ guard: 'selfServiceEligible', target: 'selfService' }, { target: 'caseDraft' }],
      },
    },
    selfService: {
      description: 'At most one account has certifications: the portal merge tool can do it.',
      meta: { step: 1 },
      tags: ['open', 'beforeSubmission'],
      on: {
        // The portal refused after all, or the user prefers support.
        'case-submitted': { target: 'awaitingAcknowledgement' },
        // The user merged in the portal: go straight to the checks.
        merge_completed: { target: 'verifying' },
      },
    },
    caseDraft: {
      description: 'The support form text is ready to be submitted.',
      meta: { step: 1 },
      tags: ['open', 'beforeSubmission', 'awaitsCaseId'],
      on: {
        'case-submitted': { target: 'awaitingAcknowledgement' },
        // The receipt arrived before the user told us they submitted.
        acknowledgement: { target: 'awaitingSupport', actions: 'bindSupportCaseId' },
      },
    },
    awaitingAcknowledgement: {
      description: 'The form was submitted; the automatic receipt with the case ID is expected.',
      meta: { step: 2 },
      tags: ['open', 'waitingOnSupport', 'awaitsCaseId'],
      initial: 'waiting',
      states: {
        waiting: { entry: 'startWaiting', on: { 'acknowledgement-overdue': { target: 'overdue' } } },
        // No follow-up for a missing acknowledgement: there is no thread yet, and
        // the likely cause (the form was not submitted, or the receipt went to spam)
        // is for the user to check, not for support.
        overdue: { tags: ['overdue'] },
      },
      on: {
        acknowledgement: { target: 'awaitingSupport', actions: 'bindSupportCaseId' },
        ai_answer: { actions: 'countAiAnswer' },
        support_reply: { target: 'awaitingSupport' },
        info_request: { target: 'infoRequested', actions: 'countInfoRound' },
        confirmation_request: { target: 'confirmationRequested' },
        case_closed: { target: 'needsAttention', actions: 'noteAttention' },
      },
    },
    awaitingSupport: {
      description: 'Waiting for a person at support to answer.',
      meta: { step: 3 },
      tags: ['open', 'waitingOnSupport'],
      initial: 'waiting',
      states: {
        waiting: { entry: 'startWaiting', on: { 'support-overdue': { target: 'overdue' } } },
        overdue: overdueWithFollowup,
      },
      on: {
        acknowledgement: { actions: 'bindSupportCaseId' },
        ai_answer: { actions: 'countAiAnswer' },
        support_reply: recordOnly,
        // The user wrote again (a follow-up): the wait starts over.
        'reply-sent': { target: 'awaitingSupport', reenter: true },
        info_request: { target: 'infoRequested', actions: 'countInfoRound' },
        confirmation_request: { target: 'confirmationRequested' },
        merge_completed: { target: 'verifying' },
        case_closed: { target: 'needsAttention', actions: 'noteAttention' },
      },
    },
    infoRequested: {
      description: 'Support asked for more details; the user must answer.',
      meta: { step: 3 },
      tags: ['open', 'userToAnswer', 'needsDraft', 'draft.info'],
      entry: ['stopWaiting', 'startUserTurn'],
      exit: 'endUserTurn',
      on: {
        // The user's turn passed its reminder times (the scheduler's timers): noted, the state stays.
        'user-overdue': { actions: 'noteUserReminder' },
        'user-final-overdue': { actions: 'noteUserReminder' },
        'reply-sent': { target: 'awaitingSupport' },
        info_request: { actions: 'countInfoRound' },
        ai_answer: { actions: 'countAiAnswer' },
        support_reply: recordOnly,
        confirmation_request: { target: 'confirmationRequested' },
        merge_completed: { target: 'verifying' },
        case_closed: { target: 'needsAttention', actions: 'noteAttention' },
      },
    },
    confirmationRequested: {
      description: 'Support asked the user to confirm the merge, which cannot be undone.',
      meta: { step: 4 },
      tags: ['open', 'userToAnswer', 'needsDraft', 'draft.confirmation'],
      entry: ['stopWaiting', 'startUserTurn'],
      exit: 'endUserTurn',
      on: {
        // The user's turn passed its reminder times (the scheduler's timers): noted, the state stays.
        'user-overdue': { actions: 'noteUserReminder' },
        'user-final-overdue': { actions: 'noteUserReminder' },
        'confirmation-sent': { target: 'awaitingCompletion' },
        info_request: { target: 'infoRequested', actions: 'countInfoRound' },
        confirmation_request: recordOnly,
        ai_answer: { actions: 'countAiAnswer' },
        support_reply: recordOnly,
        merge_completed: { target: 'verifying' },
        case_closed: { target: 'needsAttention', actions: 'noteAttention' },
      },
    },
    awaitingCompletion: {
      description: 'The user confirmed; support is merging the accounts.',
      meta: { step: 5 },
      tags: ['open', 'waitingOnSupport'],
      initial: 'waiting',
      states: {
        waiting: { entry: 'startWaiting', on: { 'completion-overdue': { target: 'overdue' } } },
        overdue: overdueWithFollowup,
      },
      on: {
        merge_completed: { target: 'verifying' },
        info_request: { target: 'infoRequested', actions: 'countInfoRound' },
        confirmation_request: { target: 'confirmationRequested' },
        ai_answer: { actions: 'countAiAnswer' },
        support_reply: recordOnly,
        'reply-sent': recordOnly,
        case_closed: { target: 'needsAttention', actions: 'noteAttention' },
      },
    },
    verifying: {
      description: 'The merge is reported done; certifications, benefits and badges are checked.',
      meta: { step: 6 },
      tags: ['open', 'merged'],
      type: 'parallel',
      entry: ['stopWaiting', 'resetChecklist'],
      onDone: { target: 'done' },
      on: {
        // Support usually closes the case once merged: that is expected here.
        case_closed: recordOnly,
        support_reply: recordOnly,
        ai_answer: { actions: 'countAiAnswer' },
        merge_completed: recordOnly,
      },
      states: {
        certifications: {
          initial: 'unchecked',
          states: {
            unchecked: { on: { 'certifications-verified': { target: 'verified', actions: 'checkCertifications' } } },
            verified: { type: 'final' },
          },
        },
        benefits: {
          initial: 'unchecked',
          states: {
            unchecked: { on: { 'benefits-verified': { target: 'verified', actions: 'checkBenefits' } } },
            verified: { type: 'final' },
          },
        },
        badges: {
          initial: 'unchecked',
          states: {
            unchecked: { tags: ['badgesPending'], on: { 'badges-missing': { target: 'missing' }, ...badgesArrive } },
            // The badges did not move: a follow-up to support is drafted.
            missing: {
              tags: ['badgesPending', 'badgesMissing', 'needsDraft', 'draft.badges_followup'],
              entry: 'startUserTurn',
              exit: 'endUserTurn',
              on: {
                'reply-sent': { target: 'awaitingTransfer' },
                'user-overdue': { actions: 'noteUserReminder' },
                'user-final-overdue': { actions: 'noteUserReminder' },
                ...badgesArrive,
              },
            },
            awaitingTransfer: {
              // The follow-up was sent: support has to move them.
              tags: ['badgesPending', 'badgesMissing', 'waitingOnSupport'],
              initial: 'waiting',
              states: {
                waiting: { entry: 'startWaiting', on: { 'support-overdue': { target: 'overdue' } } },
                overdue: overdueWithFollowup,
              },
              on: { 'reply-sent': { target: 'awaitingTransfer', reenter: true }, ...badgesArrive },
            },
            verified: { type: 'final' },
          },
        },
      },
    },
    done: {
      description: 'Merged and checked.',
      meta: { step: 7 },
      tags: ['merged'],
      entry: 'stopWaiting',
      on: {
        cancel: {},
        // Something turned out missing after all: check again.
        reopen: { target: 'verifying' },
        badges_transferred: recordOnly,
        case_closed: recordOnly,
      },
    },
    needsAttention: {
      description: 'Support closed the case without a merge, or something needs a person.',
      tags: ['open', 'attention'],
      entry: 'stopWaiting',
      exit: 'clearAttention',
      on: {
        reopen: [{ guard: 'hasSupportCaseId', target: 'awaitingSupport' }, { target: 'caseDraft' }],
        // Replying to a closed AWS case reopens it.
        'reply-sent': { target: 'awaitingSupport' },
        'confirmation-sent': { target: 'awaitingCompletion' },
        info_request: { target: 'infoRequested', actions: 'countInfoRound' },
        confirmation_request: { target: 'confirmationRequested' },
        merge_completed: { target: 'verifying' },
        support_reply: recordOnly,
        case_closed: { actions: 'noteAttention' },
      },
    },
    cancelled: {
      description: 'The user abandoned the case.',
      entry: 'stopWaiting',
      on: {
        cancel: {},
        reopen: [{ guard: 'hasSupportCaseId', target: 'awaitingSupport' }, { target: 'preparing' }],
      },
    },
  },
});

export type LifecycleMachine = typeof lifecycleMachine;

/**
 * The main step (0 Prepare … 7 Done) a top-level state belongs to, from its `meta`; null for the states
 * outside the main line (needsAttention, cancelled).
 */
export function progressStepOf(state: string): number | null {
  const step = (lifecycleMachine.root.states[state]?.meta as { step?: number } | undefined)?.step;
  return step ?? null;
}

/** The contract's top-level state names. */
export const TOP_LEVEL_STATES = [
  'preparing',
  'selfService',
  'caseDraft',
  'awaitingAcknowledgement',
  'awaitingSupport',
  'infoRequested',
  'confirmationRequested',
  'awaitingCompletion',
  'verifying',
  'done',
  'needsAttention',
  'cancelled',
] as const;
export type TopLevelState = (typeof TOP_LEVEL_STATES)[number];

/** The tags of a snapshot, sorted: the form stored with the case. */
export function tagsOf(snapshot: { tags: ReadonlySet<string> }): LifecycleTag[] {
  return ([...snapshot.tags] as LifecycleTag[]).sort();
}

/**
 * The tags of a stored state path (`verifying.badges.missing,verifying.benefits.unchecked`), as the machine
 * gives them: what the state an event led to means, read from the path stored with the event. Segments the
 * machine does not know (a path stored by an older machine) add nothing.
 */
export function tagsOfPath(path: string | null): LifecycleTag[] {
  const tags = new Set<LifecycleTag>();
  for (const leaf of path ? path.split(',') : []) {
    let node: { tags: readonly string[]; states: Record<string, unknown> } | undefined = lifecycleMachine.root;
    for (const key of leaf.split('.')) {
      node = node.states[key] as typeof node;
      if (!node) break;
      for (const t of node.tags) tags.add(t as LifecycleTag);
    }
  }
  return [...tags].sort();
}

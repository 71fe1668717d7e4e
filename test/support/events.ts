import type { LifecycleEvent, LifecycleEventType } from '../../src/machines/events.js';
import { ALL_EVENT_TYPES } from '../../src/machines/events.js';

/** One concrete event of each type, as the traversal and the tests send them. */
export function sampleEvent(type: LifecycleEventType, at = '2026-01-05T09:00:00.000Z'): LifecycleEvent {
  const source = type.endsWith('-overdue') ? 'timer' : type.includes('_') || type === 'acknowledgement' ? 'mail' : 'user';
  if (type === 'acknowledgement') return { type, at, source, supportCaseId: '171234567890', messageId: '<ack@amazon.com>' };
  return { type, at, source, ...(source === 'mail' ? { messageId: `<${type}@amazon.com>` } : {}) } as LifecycleEvent;
}

export const ALL_SAMPLE_EVENTS: LifecycleEvent[] = ALL_EVENT_TYPES.map((t) => sampleEvent(t));

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initialTransition, transition, type AnyStateNode, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { lifecycleMachine, TOP_LEVEL_STATES, type LifecycleMachine } from '../../src/machines/lifecycle.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { CaseService, statePath } from '../../src/cases/case-service.js';
import { CaseStore } from '../../src/store/case-store.js';
import { openDatabase } from '../../src/store/database.js';
import { ALL_SAMPLE_EVENTS } from '../support/events.js';
import { sampleCase } from '../support/case-files.js';

type Snapshot = SnapshotFrom<LifecycleMachine>;

// The state is what matters for coverage; context differences that change
// behaviour (a bound support case ID, eligibility) are part of the key.
const serializeState = (s: Snapshot) =>
  JSON.stringify({ v: s.value, id: s.context.supportCaseId !== null, ss: s.context.selfServiceEligible, c: s.context.checklist });
const serializeEvent = (e: LifecycleEvent) => e.type;

const INPUTS = [{ selfServiceEligible: false }, { selfServiceEligible: true }];

function reachable(): Snapshot[] {
  const all: Snapshot[] = [];
  for (const input of INPUTS) {
    const adj = getAdjacencyMap(lifecycleMachine, { events: ALL_SAMPLE_EVENTS, input, serializeState, serializeEvent });
    for (const v of Object.values(adj)) all.push(v.state as Snapshot);
  }
  return all;
}

function allStateNodes(node: AnyStateNode = lifecycleMachine.root): AnyStateNode[] {
  return [node, ...Object.values(node.states as Record<string, AnyStateNode>).flatMap((n) => allStateNodes(n))];
}

describe('the lifecycle machine, traversed from its own definition', () => {
  const states = reachable();

  it('has exactly the contract\'s top-level states', () => {
    assert.deepEqual(Object.keys(lifecycleMachine.root.states).sort(), [...TOP_LEVEL_STATES].sort());
  });

  it('reaches every state node it defines', () => {
    const visited = new Set(states.flatMap((s) => s._nodes.map((n) => n.id)));
    const missing = allStateNodes().map((n) => n.id).filter((id) => !visited.has(id));
    assert.deepEqual(missing, []);
  });

  it('takes every transition it defines, and each lands where the definition says', () => {
    const untaken: string[] = [];
    for (const node of allStateNodes()) {
      for (const [eventType, defs] of node.transitions) {
        for (const def of defs) {
          const label = `${node.id} --${eventType}${def.guard ? ` [${typeof def.guard === 'object' ? (def.guard as { type: string }).type : 'guard'}]` : ''}--> ${def.target?.map((t) => t.id).join(',') ?? '(stay)'}`;
          const event = ALL_SAMPLE_EVENTS.find((e) => e.type === eventType);
          if (!event) {
            // An internal event (onDone of the parallel checks): covered when its target is reached.
            assert.match(eventType, /^xstate\.done\.state\./);
            if (!states.some((s) => def.target?.every((t) => s._nodes.includes(t)))) untaken.push(label);
            continue;
          }
          const from = states.find((s) => s._nodes.includes(node) && lifecycleMachine.getTransitionData(s, event).includes(def));
          if (!from) {
            untaken.push(label);
            continue;
          }
          const [next] = transition(lifecycleMachine, from, event);
          for (const target of def.target ?? []) {
            assert.ok(next._nodes.some((n) => n === target || n.id.startsWith(`${target.id}.`)), `${label}: ${target.id} is not active after it`);
          }
        }
      }
    }
    assert.deepEqual(untaken, []);
  });

  it('refuses what a state does not handle, without changing anything', () => {
    const [s] = initialTransition(lifecycleMachine, { selfServiceEligible: false });
    const refused = ALL_SAMPLE_EVENTS.filter((e) => !s.can(e)).map((e) => e.type);
    assert.ok(refused.includes('merge_completed'));
    assert.ok(refused.includes('confirmation-sent'));
    assert.ok(!refused.includes('prepared'));
  });

  it('replays the shortest path to every state through storage and restores the same state', () => {
    for (const input of INPUTS) {
      const paths = getShortestPaths(lifecycleMachine, { events: ALL_SAMPLE_EVENTS, input, serializeState, serializeEvent });
      assert.ok(paths.length > 20, 'expected many distinct states');
      const caseFile = input.selfServiceEligible ? sampleCase({ source: { ...sampleCase().source, certifications: [] } }) : sampleCase();
      for (const path of paths) {
        const db = openDatabase(':memory:');
        const service = new CaseService(new CaseStore(db), { clock: { now: () => new Date('2026-01-05T09:00:00Z') }, deadlines: { acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5 } });
        const { id } = service.create(caseFile);
        for (const step of path.steps.slice(1)) service.apply(id, step.event);
        const view = service.view(id);
        assert.equal(view.statePath, statePath(path.state.value), `path ${path.steps.map((s) => s.event.type).join(' → ')}`);
        assert.equal(view.timeline.length, path.steps.length, 'one timeline entry per event, plus creation');
        db.close();
      }
    }
  });
});

describe('events that are recorded without moving the case', () => {
  it('should be accepted (not refused) where the machine handles them', () => {
    let [s] = initialTransition(lifecycleMachine, { selfServiceEligible: false });
    for (const e of ALL_SAMPLE_EVENTS.filter((x) => ['prepared', 'case-submitted', 'acknowledgement'].includes(x.type))) [s] = transition(lifecycleMachine, s, e);
    for (const type of ['support_reply', 'ai_answer', 'acknowledgement']) {
      const e = ALL_SAMPLE_EVENTS.find((x) => x.type === type)!;
      assert.equal(s.can(e), true, `${type} in awaitingSupport`);
      const [next] = transition(lifecycleMachine, s, e);
      assert.deepEqual(next.value, s.value);
    }
  });
});

describe('the machine definition', () => {
  it('should give every targetless transition an action, except the deliberately forbidden ones', () => {
    const forbidden = new Set(['mergeCase.done:cancel', 'mergeCase.cancelled:cancel']);
    const silent: string[] = [];
    for (const node of allStateNodes()) {
      for (const [eventType, defs] of node.transitions) {
        for (const def of defs) if (!def.target && def.actions.length === 0 && !forbidden.has(`${node.id}:${eventType}`)) silent.push(`${node.id}:${eventType}`);
      }
    }
    assert.deepEqual(silent, []);
  });
});

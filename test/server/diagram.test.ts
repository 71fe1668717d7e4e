import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMachine } from 'xstate';
import { lifecycleMachine, TOP_LEVEL_STATES } from '../../src/machines/lifecycle.js';
import { readFileSync } from 'node:fs';
import type { AnyStateMachine } from 'xstate';
import { drawDiagram, LAYOUT_FILE, lifecycleDiagram } from '../../src/server/diagram/lifecycle-diagram.js';
import { layoutGraph } from '../../src/server/diagram/layout.js';
import { machineGraph, nextStates } from '../../src/server/diagram/machine-graph.js';
import { computeLayouts } from '../../scripts/layout-diagram.js';

/** Any machine, laid out by ELK here (the dashboard reads the layout `npm run layout` computed). */
async function draw(machine: AnyStateMachine, current: string, visited: string[] = [], label = (s: string) => `label:${s}`) {
  const graph = machineGraph(machine);
  return drawDiagram({ current, visited, label, eventLabel: (e) => e, title: 't', fromAnyState: 'any' }, graph, await layoutGraph(graph, label));
}

const states = (svg: string) => [...svg.matchAll(/data-state="([^"]+)"/g)].map((m) => m[1]);

describe('the lifecycle diagram', () => {
  it('should have one node per top-level state of the machine', () => {
    const g = machineGraph(lifecycleMachine);
    assert.deepEqual(g.nodes.map((n) => n.id), [...TOP_LEVEL_STATES]);
    assert.equal(g.initial, 'preparing');
  });

  it('should read edges and their events from the transitions, sub-states included', () => {
    const g = machineGraph(lifecycleMachine);
    const edge = (s: string, t: string) => g.edges.find((e) => e.source === s && e.target === t)?.events;
    assert.deepEqual(edge('preparing', 'selfService'), ['prepared']);
    assert.deepEqual(edge('confirmationRequested', 'awaitingCompletion'), ['confirmation-sent']);
    assert.deepEqual(edge('verifying', 'done'), ['allChecked'], 'the parallel state’s onDone');
    assert.equal(edge('awaitingSupport', 'awaitingSupport'), undefined, 're-entry is not an edge');
    assert.deepEqual(g.fromAny, [{ target: 'cancelled', events: ['cancel'] }]);
  });

  it('should offer the machine-wide cancel except where a state overrides it', () => {
    const g = machineGraph(lifecycleMachine);
    assert.deepEqual(nextStates(g, 'confirmationRequested').sort(), ['awaitingCompletion', 'cancelled', 'infoRequested', 'needsAttention', 'verifying']);
    assert.deepEqual(nextStates(g, 'done'), ['verifying']);
    assert.deepEqual(nextStates(g, 'cancelled').sort(), ['awaitingSupport', 'preparing']);
  });

  it('should mark the current, visited and next states in the SVG', async () => {
    const { svg, next } = await draw(lifecycleMachine, 'caseDraft', ['preparing', 'caseDraft']);
    const s = svg.toString();
    assert.match(s, /<g class="node visited current" data-state="caseDraft" aria-current="step">/);
    assert.match(s, /<g class="node visited" data-state="preparing">/);
    assert.match(s, /<g class="node next" data-state="awaitingAcknowledgement">/);
    assert.match(s, /<g class="node next" data-state="awaitingSupport">/);
    assert.match(s, /<g class="node" data-state="done">/);
    assert.deepEqual(next.map((n) => n.state).sort(), ['awaitingAcknowledgement', 'awaitingSupport', 'cancelled']);
    assert.equal((s.match(/class="edge next"/g) ?? []).length, 2);
    assert.deepEqual(states(s), [...TOP_LEVEL_STATES]);
  });

  it('should change when the machine changes: a new state appears with its transitions', async () => {
    const config = lifecycleMachine.config;
    const changed = createMachine({
      ...config,
      states: {
        ...config.states,
        caseDraft: { ...config.states!.caseDraft, on: { ...(config.states!.caseDraft!.on as object), 'phone-call': { target: 'phoneSupport' } } },
        phoneSupport: { description: 'Talking to support on the phone.', on: { 'call-ended': { target: 'awaitingSupport' } } },
      },
    } as typeof config);
    const before = await draw(lifecycleMachine, 'caseDraft');
    const after = await draw(changed, 'caseDraft');
    assert.ok(!states(before.svg.toString()).includes('phoneSupport'));
    assert.ok(states(after.svg.toString()).includes('phoneSupport'));
    assert.match(after.svg.toString(), /<g class="node next" data-state="phoneSupport">/);
    assert.match(after.svg.toString(), /label:phoneSupport/);
    assert.ok(machineGraph(changed).edges.some((e) => e.source === 'phoneSupport' && e.target === 'awaitingSupport' && e.events[0] === 'call-ended'));
  });

  it('should lay a tiny machine out without overlapping boxes', async () => {
    const tiny = createMachine({ id: 'tiny', initial: 'a', states: { a: { on: { go: 'b' } }, b: { on: { back: 'a', finish: 'c' } }, c: { type: 'final' } } });
    const { svg } = await draw(tiny, 'b', ['a', 'b']);
    const rects = [...svg.toString().matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => m.slice(1).map(Number) as [number, number, number, number]);
    assert.equal(rects.length, 3);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [ax, ay, aw, ah] = rects[i]!;
        const [bx, by, bw, bh] = rects[j]!;
        assert.ok(ax + aw <= bx || bx + bw <= ax || ay + ah <= by || by + bh <= ay, `boxes ${i} and ${j} overlap`);
      }
    }
  });

  it('should escape state names and labels it draws', async () => {
    const { svg } = await draw(lifecycleMachine, 'preparing', [], () => '<b>&');
    assert.ok(!svg.toString().includes('<b>&'));
    assert.match(svg.toString(), /&lt;b&gt;&amp;/);
  });

  it('should draw the dashboard from the committed layout, which is what npm run layout writes now', { timeout: 120_000 }, async () => {
    assert.equal(readFileSync(LAYOUT_FILE, 'utf8'), await computeLayouts(), 'src/server/diagram/lifecycle-layout.json is out of date: run npm run layout and commit it');
    const { svg } = lifecycleDiagram({ machine: lifecycleMachine, current: 'awaitingSupport', visited: ['preparing'], label: (s) => s, eventLabel: (e) => e, title: 't', fromAnyState: 'any', cacheKey: 'en' });
    assert.match(svg.toString(), /<g class="node visited" data-state="preparing">/);
    assert.throws(() => lifecycleDiagram({ machine: lifecycleMachine, current: 'preparing', visited: [], label: (s) => s, eventLabel: (e) => e, title: 't', fromAnyState: 'any', cacheKey: 'fr' }), /npm run layout/);
  });
});

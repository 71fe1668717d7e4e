import type { AnyStateMachine } from 'xstate';
import type { SafeHtml } from '../html.js';
import { layoutGraph, type DiagramLayout } from './layout.js';
import { machineGraph, nextStates, type MachineGraph } from './machine-graph.js';
import { renderDiagram } from './svg.js';

export interface DiagramInput {
  machine: AnyStateMachine;
  /** The case's top-level state. */
  current: string;
  /** Top-level states the case has been in. */
  visited: Iterable<string>;
  label(state: string): string;
  eventLabel(type: string): string;
  title: string;
  fromAnyState: string;
  /** Labels change the box sizes, so layouts are computed once per machine and this key: it must determine `label`. */
  cacheKey: string;
}

const layouts = new WeakMap<AnyStateMachine, Map<string, Promise<{ graph: MachineGraph; layout: DiagramLayout }>>>();

/** The graph and its layout, computed once per machine and language (the machine does not change at run time). */
export function machineLayout(machine: AnyStateMachine, cacheKey: string, label: (s: string) => string): Promise<{ graph: MachineGraph; layout: DiagramLayout }> {
  let perKey = layouts.get(machine);
  if (!perKey) layouts.set(machine, (perKey = new Map()));
  let p = perKey.get(cacheKey);
  if (!p) {
    const graph = machineGraph(machine);
    p = layoutGraph(graph, label).then((layout) => ({ graph, layout }));
    p.catch(() => perKey.delete(cacheKey));
    perKey.set(cacheKey, p);
  }
  return p;
}

export type LifecycleDiagram = { svg: SafeHtml; next: { state: string; events: string[] }[] };

/**
 * The case's lifecycle diagram, drawn from the machine definition, with where
 * it stands marked. The layout (ELK, the slow part) is computed once per
 * machine and language and awaited at start-up (see `machineLayout`); marking
 * the states and writing the SVG is a string walk per request.
 */
export async function lifecycleDiagram(input: DiagramInput): Promise<LifecycleDiagram> {
  const { graph, layout } = await machineLayout(input.machine, input.cacheKey, input.label);
  const next = nextStates(graph, input.current);
  const svg = renderDiagram(graph, layout, {
    current: input.current,
    visited: new Set(input.visited),
    next: new Set(next),
    label: input.label,
    eventLabel: input.eventLabel,
    title: input.title,
    fromAnyState: input.fromAnyState,
  });
  const eventsTo = (target: string) => [
    ...(graph.edges.find((e) => e.source === input.current && e.target === target)?.events ?? []),
    ...(graph.fromAny.find((f) => f.target === target)?.events.filter((e) => !(graph.nodes.find((n) => n.id === input.current)?.handles ?? []).includes(e)) ?? []),
  ];
  return { svg, next: next.map((state) => ({ state, events: eventsTo(state) })) };
}

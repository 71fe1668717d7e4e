import type { AnyStateMachine } from 'xstate';
import type { SafeHtml } from '../html.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DiagramLayout } from './layout.js';
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
  /** Labels change the box sizes, so there is one layout per language: this key must determine `label`. */
  cacheKey: string;
}

/** The layouts `npm run layout` computed with ELK, per language (the machine does not change at run time). */
export const LAYOUT_FILE = fileURLToPath(new URL('./lifecycle-layout.json', import.meta.url));
let stored: Record<string, DiagramLayout> | null = null;

/**
 * The graph, and its layout as computed at build time (`npm run layout` writes
 * lifecycle-layout.json; a test checks it is current): no page waits for ELK,
 * and the daemon never loads it (some 60 MB it would keep for its whole life).
 */
export function machineLayout(machine: AnyStateMachine, cacheKey: string): { graph: MachineGraph; layout: DiagramLayout } {
  stored ??= JSON.parse(readFileSync(LAYOUT_FILE, 'utf8')) as Record<string, DiagramLayout>;
  const graph = machineGraph(machine);
  const layout = stored[cacheKey];
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort().join(' ');
  if (!layout || ids(layout.nodes) !== ids(graph.nodes) || ids(layout.edges) !== ids(graph.edges)) {
    throw new Error(`${LAYOUT_FILE}: no layout of the lifecycle for "${cacheKey}" as the machine is now; run npm run layout`);
  }
  return { graph, layout };
}

export type LifecycleDiagram = { svg: SafeHtml; next: { state: string; events: string[] }[] };

/**
 * The case's lifecycle diagram, drawn from the machine definition, with where
 * it stands marked. The layout (ELK, the slow part) was computed at build time
 * (see `machineLayout`); marking the states and writing the SVG is a string
 * walk per request.
 */
export function lifecycleDiagram(input: DiagramInput): LifecycleDiagram {
  const { graph, layout } = machineLayout(input.machine, input.cacheKey);
  return drawDiagram(input, graph, layout);
}

/** The diagram of a graph laid out by `layoutGraph`: states marked, SVG written. */
export function drawDiagram(input: Omit<DiagramInput, 'machine' | 'cacheKey'>, graph: MachineGraph, layout: DiagramLayout): LifecycleDiagram {
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

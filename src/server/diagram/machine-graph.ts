import type { AnyStateMachine, AnyStateNode } from 'xstate';

/** One top-level state of a machine and how the machine describes it. */
export interface GraphNode {
  id: string;
  description: string | null;
  /** Names of its direct sub-states (e.g. `waiting`, `overdue`). */
  children: string[];
  final: boolean;
  /** Event types the state (or a sub-state) handles itself: they override machine-wide ones. */
  handles: string[];
}

/** All transitions from one top-level state to another, with the events that take them. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  events: string[];
}

export interface MachineGraph {
  initial: string | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Transitions declared on the machine itself: taken from any state (e.g. `cancel`). */
  fromAny: { target: string; events: string[] }[];
}

/** `xstate.done.state.<id>` (a parallel state's onDone) reads as a plain label key. */
export const DONE_EVENT = 'allChecked';

function eventLabel(eventType: string): string {
  return eventType.startsWith('xstate.done.state.') ? DONE_EVENT : eventType;
}

function descendants(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((c) => descendants(c))];
}

/** The top-level state a node belongs to (its ancestor just below the root). */
function topOf(node: AnyStateNode): string | null {
  let n: AnyStateNode | undefined = node;
  while (n?.parent && n.parent.parent) n = n.parent;
  return n && n.parent ? n.key : null;
}

/**
 * The machine's top-level states and the transitions between them, read from
 * the machine definition itself: change the machine and the diagram follows.
 * Transitions that stay inside one top-level state (sub-states, record-only
 * events, re-entry) are not edges.
 */
export function machineGraph(machine: AnyStateMachine): MachineGraph {
  const root = machine.root;
  const nodes: GraphNode[] = Object.values(root.states).map((s) => ({
    id: s.key,
    description: s.description ?? null,
    children: Object.keys(s.states),
    final: s.type === 'final',
    handles: [...new Set(descendants(s).flatMap((d) => [...d.transitions.keys()]))],
  }));
  const edges = new Map<string, GraphEdge>();
  for (const top of Object.values(root.states)) {
    for (const node of descendants(top)) {
      for (const [eventType, defs] of node.transitions) {
        for (const def of defs) {
          for (const t of def.target ?? []) {
            const target = topOf(t);
            if (!target || target === top.key) continue;
            const id = `${top.key}->${target}`;
            const e = edges.get(id) ?? { id, source: top.key, target, events: [] };
            const label = eventLabel(eventType);
            if (!e.events.includes(label)) e.events.push(label);
            edges.set(id, e);
          }
        }
      }
    }
  }
  const fromAny = new Map<string, string[]>();
  for (const [eventType, defs] of root.transitions) {
    for (const def of defs) {
      for (const t of def.target ?? []) {
        const target = topOf(t);
        if (target) fromAny.set(target, [...(fromAny.get(target) ?? []), eventLabel(eventType)]);
      }
    }
  }
  const initial = root.initial?.target?.[0] ? topOf(root.initial.target[0]) : null;
  return { initial, nodes, edges: [...edges.values()], fromAny: [...fromAny].map(([target, events]) => ({ target, events })) };
}

/** Top-level states that can follow `state`: its own transitions and the machine-wide ones. */
export function nextStates(graph: MachineGraph, state: string): string[] {
  const out = new Set(graph.edges.filter((e) => e.source === state).map((e) => e.target));
  const handles = graph.nodes.find((n) => n.id === state)?.handles ?? [];
  for (const f of graph.fromAny) {
    if (f.target !== state && f.events.some((e) => !handles.includes(e))) out.add(f.target);
  }
  return [...out];
}

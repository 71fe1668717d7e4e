import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { MachineGraph } from './machine-graph.js';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  id: string;
  source: string;
  target: string;
  points: Point[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const NODE_HEIGHT = 46;
const LABEL_FONT = 14;
const NAME_FONT = 11;

/** Rough text width: full-width (CJK) characters take a full em, others a bit over half. */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.58;
  return w;
}

/** The box a state needs for its plain-words label and its machine name under it. */
export function nodeWidth(label: string, name: string): number {
  return Math.ceil(Math.max(textWidth(label, LABEL_FONT), textWidth(name, NAME_FONT) * 1.05) + 28);
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elkInstance: Promise<Elk> | null = null;

/**
 * ELK (a 1.5 MB bundle) is loaded on the first diagram, not when the daemon
 * starts: a daemon nobody looks at keeps a smaller footprint. elkjs is
 * CommonJS with ES-style typings: under NodeNext the default import is the
 * module object, whose `default` is the constructor (also at run time).
 */
function elk(): Promise<Elk> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default.default());
  return elkInstance;
}

/**
 * Lays the graph out top to bottom with ELK's layered algorithm, keeping the
 * machine's own order of states and transitions where cycles must be broken,
 * so the happy path reads downwards.
 */
export async function layoutGraph(graph: MachineGraph, label: (state: string) => string): Promise<DiagramLayout> {
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'SPLINES',
      'elk.layered.spacing.nodeNodeBetweenLayers': '34',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      'elk.spacing.nodeNode': '26',
      'elk.spacing.edgeEdge': '7',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': '[top=10,left=10,bottom=10,right=10]',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: nodeWidth(label(n.id), n.id), height: NODE_HEIGHT })),
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const out = await (await elk()).layout(root);
  return {
    width: Math.ceil(out.width ?? 0),
    height: Math.ceil(out.height ?? 0),
    nodes: (out.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 })),
    edges: (out.edges ?? []).map((e) => {
      const s = e.sections?.[0];
      const points = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [];
      return { id: e.id, source: e.sources[0]!, target: e.targets[0]!, points };
    }),
  };
}

import { html, type SafeHtml } from '../html.js';
import type { DiagramLayout, Point } from './layout.js';
import type { MachineGraph } from './machine-graph.js';

export interface DiagramMarks {
  current: string;
  visited: Set<string>;
  next: Set<string>;
  /** Plain-words name of a state. */
  label(state: string): string;
  /** Plain-words name of an event type. */
  eventLabel(type: string): string;
  title: string;
  fromAnyState: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** ELK's spline routing gives start, then control points in threes (cubic Béziers), then the end. */
function pathOf(points: Point[]): string {
  const pt = (p: Point) => `${r1(p.x)} ${r1(p.y)}`;
  const [first, ...rest] = points;
  if (!first) return '';
  const inner = rest.slice(0, -1);
  const last = rest[rest.length - 1];
  if (last && inner.length > 0 && inner.length % 3 === 2) {
    // start, c1, c2, (end c1, c2, end)...: the last segment ends at the end point.
    const all = [...inner, last];
    let d = `M${pt(first)}`;
    for (let i = 0; i + 2 < all.length; i += 3) d += ` C${pt(all[i]!)} ${pt(all[i + 1]!)} ${pt(all[i + 2]!)}`;
    return d;
  }
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${pt(p)}`).join(' ');
}

/**
 * The lifecycle as an SVG drawing: the layout's boxes and arrows, with the
 * visited states, the current one and the possible next ones marked by class
 * (colours live in the stylesheet; the CSP allows no inline style).
 */
export function renderDiagram(graph: MachineGraph, layout: DiagramLayout, m: DiagramMarks): SafeHtml {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeEvents = new Map(graph.edges.map((e) => [e.id, e.events]));
  const anyEvents = new Map(graph.fromAny.map((f) => [f.target, f.events]));
  const edges = layout.edges.map((e) => {
    const isNext = e.source === m.current;
    const tip = `${m.label(e.source)} → ${m.label(e.target)}: ${(edgeEvents.get(e.id) ?? []).map(m.eventLabel).join(', ')}`;
    return html`<path class="edge${isNext ? ' next' : ''}" d="${pathOf(e.points)}" marker-end="url(#${isNext ? 'arrow-next' : 'arrow'})"><title>${tip}</title></path>`;
  });
  const nodes = layout.nodes.map((n) => {
    const cls = ['node', m.visited.has(n.id) ? 'visited' : '', n.id === m.current ? 'current' : '', m.next.has(n.id) ? 'next' : ''].filter(Boolean).join(' ');
    const any = anyEvents.get(n.id);
    const tip = [m.label(n.id), byId.get(n.id)?.description ?? '', any ? `${m.fromAnyState}: ${any.map(m.eventLabel).join(', ')}` : ''].filter(Boolean).join('\n');
    const cx = r1(n.x + n.width / 2);
    return html`<g class="${cls}" data-state="${n.id}"${n.id === m.current ? html` aria-current="step"` : ''}>
<title>${tip}</title>
<rect x="${r1(n.x)}" y="${r1(n.y)}" width="${r1(n.width)}" height="${r1(n.height)}" rx="9" ry="9"/>
<text class="label" x="${cx}" y="${r1(n.y + 20)}" text-anchor="middle">${m.label(n.id)}</text>
<text class="name" x="${cx}" y="${r1(n.y + 36)}" text-anchor="middle">${n.id}</text>
</g>`;
  });
  return html`<svg class="diagram" role="img" aria-label="${m.title}" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" xmlns="http://www.w3.org/2000/svg">
<defs>
<marker id="arrow" class="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z"/></marker>
<marker id="arrow-next" class="arrowhead next" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z"/></marker>
</defs>
<g class="edges">${edges}</g>
<g class="nodes">${nodes}</g>
</svg>`;
}

/**
 * `npm run layout`: lays out the lifecycle diagram with ELK in every dashboard
 * language and writes src/server/diagram/lifecycle-layout.json (committed; the
 * build copies it next to the compiled server). The daemon only reads it: ELK
 * is a development dependency. Run it after changing the machine or the state
 * labels; a test fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lifecycleMachine } from '../src/machines/lifecycle.js';
import { LAYOUT_FILE } from '../src/server/diagram/lifecycle-diagram.js';
import { layoutGraph, type DiagramLayout } from '../src/server/diagram/layout.js';
import { machineGraph } from '../src/server/diagram/machine-graph.js';
import { dict } from '../src/server/i18n/index.js';

/** The layouts in every language, as the file holds them. */
export async function computeLayouts(): Promise<string> {
  const graph = machineGraph(lifecycleMachine);
  const out: Record<string, DiagramLayout> = {};
  for (const lang of ['en', 'ja'] as const) {
    const t = dict(lang);
    out[lang] = await layoutGraph(graph, (s) => t.states[s as keyof typeof t.states] ?? s);
  }
  return `${JSON.stringify(out, null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LAYOUT_FILE, await computeLayouts());
  console.log(`wrote ${LAYOUT_FILE}`);
}

// After tsc: copy the dashboard's static assets and the diagram's layout next to the compiled server
// (tsc copies only .ts output) and make the CLI entry executable.
import { chmodSync, cpSync, existsSync } from 'node:fs';
const root = new URL('../', import.meta.url);
cpSync(new URL('src/server/assets/', root), new URL('dist/server/assets/', root), { recursive: true });
// The lifecycle diagram's layout, computed by `npm run layout` (ELK is a development dependency).
cpSync(new URL('src/server/diagram/lifecycle-layout.json', root), new URL('dist/server/diagram/lifecycle-layout.json', root));
const entry = new URL('dist/cli/main.js', root);
if (existsSync(entry)) chmodSync(entry, 0o755);

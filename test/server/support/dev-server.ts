// A dashboard with seeded cases and fake mail, for looking at it by hand:
//   node --import tsx test/server/support/dev-server.ts [port]
import { startDashboard } from '../../../src/server/dashboard.js';
import { harness } from './harness.js';
import { seedCases } from './seed.js';

const h = harness();
h.deps.config.dashboard.port = Number(process.argv[2] ?? 4781);
seedCases(h);
const d = await startDashboard(h.deps);
console.log(`dashboard at ${d.url}`);
process.on('SIGINT', () => void d.close().then(() => h.close()));

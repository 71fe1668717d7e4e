/**
 * Dashboard latency: 1,000 cases with 50,000 timeline events, the case list and
 * a case page under 4 concurrent connections (autocannon; one person's browser
 * tabs, not a crowd), every response rendered (there is no response cache),
 * the server in its own process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { copyDataset, type Dataset } from './dataset.js';
import { median, ms, reporter, type BenchResult, type Benchmark } from './lib.js';

const CONNECTIONS = 4;
const SECONDS = 8;
const TARGET_P99_MS = 50;

export async function startServer(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./dashboard-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`dashboard server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { url: (JSON.parse(line) as { url: string }).url, child };
}

export function dashboardBenchmark(dataset: () => Dataset): Benchmark {
  return {
    name: 'dashboard',
    title: 'Dashboard latency with 1,000 cases',
    async run(): Promise<BenchResult> {
      const out = reporter('dashboard');
      const ds = dataset();
      const dir = copyDataset(ds, 'dash');
      let server: { url: string; child: ChildProcess } | null = null;
      try {
        const caseId = ds.caseIds[Math.floor(ds.caseIds.length / 2)] as string;
        const targets = [
          { metric: 'case list (GET /)', path: '/', target: true },
          { metric: `case page (GET /cases/:id, ${Math.round(ds.events / ds.caseIds.length)} events)`, path: `/cases/${caseId}`, target: true },
          { metric: 'API case list (GET /api/cases)', path: '/api/cases', target: false },
          { metric: 'API case (GET /api/cases/:id)', path: `/api/cases/${caseId}`, target: false },
        ];
        const rows: BenchResult['rows'] = [];
        for (const t of targets) {
          // A fresh server per page: requests still queued from the previous page must not weigh on this one.
          server?.child.kill('SIGTERM');
          server = await startServer(dir);
          const { url } = server;
          const headers = { accept: t.path.startsWith('/api/') ? 'application/json' : 'text/html' };
          // One request at a time first: the service time (and the warm-up: JIT, the lifecycle diagram's layout).
          const alone: number[] = [];
          for (let i = 0; i < 6; i++) {
            const t0 = performance.now();
            const res = await fetch(url + t.path, { headers });
            await res.arrayBuffer();
            if (i > 0) alone.push(performance.now() - t0);
          }
          const service = median(alone);
          const r = await autocannon({ url: url + t.path, connections: CONNECTIONS, duration: SECONDS, headers, timeout: SECONDS + 5 });
          const bad = r.errors + r.timeouts + r.non2xx;
          const enough = r.requests.total >= 100;
          out.line(
            `${t.metric}: alone ${ms(service)} per request; under ${CONNECTIONS} connections ${r.requests.total} responses in ${SECONDS} s (${Math.round(r.requests.average)}/s), ` +
              `latency p50 ${ms(r.latency.p50)}, p90 ${ms(r.latency.p90)}, p99 ${ms(r.latency.p99)}, max ${ms(r.latency.max)}` +
              (bad ? `; ${bad} errors/timeouts/non-2xx` : '') +
              (enough ? '' : ` — too few responses for a p99: ${CONNECTIONS} queued requests of ${ms(service)} each wait about ${((CONNECTIONS * service) / 1000).toFixed(0)} s`),
          );
          rows.push({
            benchmark: 'dashboard',
            metric: `${t.metric} p99`,
            target: t.target ? `< ${TARGET_P99_MS} ms` : '—',
            measured: enough
              ? `${ms(r.latency.p99)} (p50 ${ms(r.latency.p50)}, ${Math.round(r.requests.average)} req/s; alone ${ms(service)})`
              : `> ${SECONDS} s (${r.requests.total} responses in ${SECONDS} s; alone ${ms(service)} per request)`,
            met: t.target ? enough && r.latency.p99 < TARGET_P99_MS && bad === 0 : null,
          });
        }
        return {
          name: 'dashboard',
          title: this.title,
          method:
            `A dataDir with ${ds.caseIds.length} cases and ${ds.events} timeline events (written through CaseService and CaseStore: real snapshots, states from awaitingSupport to verifying, ` +
            `mail events with their classification detail). The dashboard (createDashboard through startDashboard, deps from dashboardDeps, no mail source) runs in a child process and renders every response (no cache); ` +
            `a fresh server process per page; autocannon in the benchmark process drives ${CONNECTIONS} concurrent connections for ${SECONDS} s per page, after a 1 s warm-up. Baseline for comparison: the JSON API on the same data.`,
          rows,
          details: out.lines,
        };
      } finally {
        server?.child.kill('SIGTERM');
      }
    },
  };
}

/**
 * Footprint: `certmerge start` as a child process (the product compiled to
 * JavaScript, as shipped) on a dataDir with 1,000 cases: resident memory when
 * idle, and the peak while handling a 30 MB message.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { freePort, startDovecot } from '../test/harness/dovecot.js';
import { copyDataset, type Dataset } from './dataset.js';
import { fillMailbox } from './mailbox.js';
import { AUTHSERV, mb, median, procMemory, reporter, sleep, supportMail, USER_ADDRESS, type BenchResult, type Benchmark } from './lib.js';

const USER = { user: 'foot', pass: 'foot-pass-1' };
/** How long after the first sync the daemon counts as idle. */
const IDLE_AFTER_MS = 20_000;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = path.join(ROOT, 'node_modules/.cache/certmerge-bench');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Transpiles src/ file by file (what tsc emits, without type checking), next to the rules, assets and diagram layout (as scripts/postbuild.mjs copies them). */
export async function compileProduct(): Promise<string> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await build({ entryPoints: tsFiles(path.join(ROOT, 'src')), outdir: path.join(OUT, 'dist'), outbase: path.join(ROOT, 'src'), format: 'esm', platform: 'node', target: 'node20', bundle: false, logLevel: 'error' });
  cpSync(path.join(ROOT, 'src/server/assets'), path.join(OUT, 'dist/server/assets'), { recursive: true });
  cpSync(path.join(ROOT, 'src/server/diagram/lifecycle-layout.json'), path.join(OUT, 'dist/server/diagram/lifecycle-layout.json'));
  cpSync(path.join(ROOT, 'rules'), path.join(OUT, 'rules'), { recursive: true });
  writeFileSync(path.join(OUT, 'package.json'), '{ "type": "module" }\n');
  return path.join(OUT, 'dist/cli/main.js');
}

export function footprintBenchmark(dataset: () => Dataset): Benchmark {
  return {
    name: 'footprint',
    title: 'Memory footprint of the daemon',
    async run(): Promise<BenchResult> {
      const out = reporter('footprint');
      const main = await compileProduct();
      const ds = dataset();
      const dir = copyDataset(ds, 'foot');
      const d = await startDovecot({ users: [USER] });
      fillMailbox(d, USER.user, 'INBOX', { count: 2000, largeShare: 0.005, lookalikeShare: 0.02, days: 730, now: new Date() }, 4);
      const port = await freePort();
      const configFile = path.join(dir, 'config.yaml');
      writeFileSync(
        configFile,
        [
          `dataDir: ${dir}`,
          `dashboard: { host: 127.0.0.1, port: ${port} }`,
          `mail:`,
          `  source: imap`,
          `  imap: { host: ${d.host}, port: ${d.port}, secure: false, user: ${USER.user}, pass: ${USER.pass} }`,
          `  from: "Alex Doe <${USER_ADDRESS}>"`,
          `trust: { authservId: ${AUTHSERV} }`,
          `log: { level: warn }`,
          '',
        ].join('\n'),
      );
      const child = spawn(process.execPath, [main, 'start', '--config', configFile], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1' } });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      const url = `http://127.0.0.1:${port}`;
      try {
        const t0 = performance.now();
        for (;;) {
          if (child.exitCode !== null) throw new Error(`certmerge start exited with ${child.exitCode}: ${stderr.slice(-500)}`);
          const h = await fetch(`${url}/healthz`).then((r) => r.json() as Promise<{ mail?: { lastSyncAt?: string | null } }>, () => null);
          if (h?.mail?.lastSyncAt) break;
          if (performance.now() - t0 > 60_000) throw new Error('certmerge start did not sync within 60 s');
          await sleep(100);
        }
        out.line(`certmerge start (compiled, node ${process.version}) up and synced in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${ds.caseIds.length} cases / ${ds.events} events and a 2,000-message inbox`);
        // Right after start-up: what the burst (restoring cases, the first sync, drafts for every case) left resident.
        await sleep(1000);
        const afterStart = procMemory(child.pid!)?.rss ?? NaN;
        // Idle: what stays resident once the burst is over.
        await sleep(IDLE_AFTER_MS - 1000);
        const rss: number[] = [];
        for (let i = 0; i < 20; i++) {
          const m = procMemory(child.pid!);
          if (m) rss.push(m.rss);
          await sleep(250);
        }
        const idle = median(rss);
        const startupPeak = procMemory(child.pid!)?.hwm ?? NaN;
        out.line(`RSS 1 s after the first sync: ${mb(afterStart)}`);
        out.line(`idle RSS (VmRSS, 20 samples over 5 s after ${IDLE_AFTER_MS / 1000} s idle): median ${mb(idle)}, max ${mb(Math.max(...rss))}; VmHWM so far (start-up and first sync) ${mb(startupPeak)}`);

        // A support reply with a 30 MB attachment, tied to case 0 (awaitingSupport) by its subject.
        const messageId = '<footprint-30mb@amazon.com>';
        const raw = await supportMail({
          subject: 'RE:[CASE 170000000000] [AWS Training and Certification Form Submission] - account-assistance',
          text: 'Thank you for your patience. We are still reviewing your accounts; the attached export shows both certification histories.\nAWS Training and Certification Customer Support',
          messageId,
          date: new Date(),
          attachments: [{ filename: 'export.zip', contentType: 'application/zip', content: Buffer.alloc(Math.round(22.5 * 1024 * 1024), 7) }],
        });
        const appender = d.client(USER.user);
        appender.on('error', () => undefined);
        await appender.connect();
        const ta = performance.now();
        await appender.append('INBOX', raw);
        await appender.logout().catch(() => appender.close());
        let peakRss = 0;
        let handled = false;
        while (performance.now() - ta < 60_000) {
          peakRss = Math.max(peakRss, procMemory(child.pid!)?.rss ?? 0);
          const v = (await fetch(`${url}/api/cases/${ds.caseIds[0]}`).then((r) => r.json())) as { timeline?: { messageId?: string }[] };
          if (v.timeline?.some((e) => e.messageId === messageId)) {
            handled = true;
            break;
          }
          await sleep(50);
        }
        await sleep(500);
        const peak = procMemory(child.pid!)?.hwm ?? NaN;
        out.line(
          `${mb(raw.length)} message appended: ${handled ? `on the case's timeline after ${((performance.now() - ta) / 1000).toFixed(1)} s` : 'NOT handled within 60 s'}; ` +
            `VmHWM ${mb(peak)} (highest VmRSS sampled meanwhile ${mb(peakRss)}); RSS afterwards ${mb(procMemory(child.pid!)?.rss ?? NaN)}`,
        );
        return {
          name: 'footprint',
          title: this.title,
          method:
            `\`certmerge start --config …\` in a child process, run from the product transpiled to JavaScript (esbuild, file by file, like \`npm run build\`), on a copy of the ` +
            `${ds.caseIds.length}-case / ${ds.events}-event dataDir, watching a 2,000-message Dovecot inbox over IMAP, dashboard listening. Idle: VmRSS from /proc/<pid>/status, ` +
            `20 samples over 5 s after ${IDLE_AFTER_MS / 1000} s of idling (the RSS 1 s after the first sync is printed too). Peak: VmHWM after a ${mb(raw.length)} support message (a 22.5 MB attachment, over mail.maxMessageBytes, so only its text parts are fetched) ` +
            `was appended and reached the case's timeline. Baseline for comparison: VmHWM before that message (start-up and first sync).`,
          rows: [
            { benchmark: 'footprint', metric: 'idle RSS, 1,000 cases', target: '< 150 MB', measured: mb(idle), met: idle < 150 * 1024 * 1024 },
            { benchmark: 'footprint', metric: `peak RSS (VmHWM) with a ${mb(raw.length)} message`, target: '< 250 MB', measured: `${mb(peak)} (before the message: ${mb(startupPeak)})`, met: handled && peak < 250 * 1024 * 1024 },
          ],
          details: out.lines,
        };
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
        await d.stop();
      }
    },
  };
}

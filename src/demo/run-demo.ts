import { resolve } from 'node:path';
import type { Output } from '../output.js';
import { resolveConfig } from '../config/load.js';
import type { Language } from '../cases/case-file.js';
import { sampleCaseFile } from './sample-case.js';
import { runDaemon } from '../app/daemon.js';
import { deliverToMaildir } from './deliver.js';
import { sampleThread } from './sample-thread.js';

export const DEMO_AUTHSERV_ID = 'demo.certmerge.invalid';

export interface DemoOptions {
  output: Output;
  env: NodeJS.ProcessEnv;
  lang: Language;
  /** Seconds between two delivered messages. */
  intervalSeconds: number;
  /** Stop once the case is done (for scripts); otherwise keep the dashboard up until Ctrl-C. */
  exitWhenDone: boolean;
  dataDir?: string;
  port?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `certmerge demo`: a sample case and its support thread, delivered into a
 * demo Maildir one message at a time while the daemon runs, so a newcomer can
 * watch the whole lifecycle, drafts included, on the dashboard.
 */
export async function runDemo(o: DemoOptions): Promise<void> {
  const dataDir = resolve(o.dataDir ?? 'certmerge-demo');
  const config = resolveConfig(
    {
      dataDir,
      // No port: the configuration's default.
      ...(o.port === undefined ? {} : { dashboard: { port: o.port } }),
      mail: { source: 'maildir', from: o.lang === 'ja' ? '山田 太郎 <taro.personal@example.com>' : 'Alex Doe <taro.personal@example.com>' },
      trust: { authservId: DEMO_AUTHSERV_ID },
    },
    process.cwd(),
    'demo settings',
    o.env,
  );
  let finish!: () => void;
  const until = new Promise<void>((r) => (finish = r));
  await runDaemon({
    configFile: undefined,
    config,
    env: o.env,
    output: o.output,
    until: o.exitWhenDone ? until : undefined,
    onReady: async (app, url) => {
      const caseFile = sampleCaseFile(o.lang);
      const { id } = app.ctx.cases.create(caseFile);
      const now = () => app.ctx.clock.now().toISOString();
      app.ctx.cases.apply(id, { type: 'prepared', at: now(), source: 'user' });
      app.ctx.cases.apply(id, { type: 'case-submitted', at: now(), source: 'user' });
      o.output.out(`certmerge demo: case ${id} — open ${url}/cases/${id} and watch it move.`);
      const supportCaseId = String(170000000000 + Math.floor(Math.random() * 9999999));
      const thread = await sampleThread({ caseFile, supportCaseId, authservId: DEMO_AUTHSERV_ID, user: 'taro.personal@example.com', start: app.ctx.clock.now() });
      void (async () => {
        for (const m of thread) {
          await sleep(o.intervalSeconds * 1000);
          deliverToMaildir(config.mail.maildir, m.role === 'sent' ? '.Sent' : '', m.raw);
          o.output.out(`certmerge demo: delivered ${m.note}`);
        }
        // Give the pipeline a moment, then tick the checks a person would make.
        await sleep(Math.max(1500, o.intervalSeconds * 1000));
        for (const type of ['certifications-verified', 'benefits-verified'] as const) {
          if (app.ctx.cases.can(id, { type, at: now(), source: 'user' })) app.ctx.cases.apply(id, { type, at: now(), source: 'user' });
        }
        const state = app.ctx.cases.view(id).state;
        o.output.out(`certmerge demo: the case is ${state}. ${o.exitWhenDone ? 'Stopping.' : 'The dashboard stays up; press Ctrl-C to stop.'}`);
        if (o.exitWhenDone) finish();
      })();
    },
  });
}

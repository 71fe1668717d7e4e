/**
 * A 60 MB message (nearly all of it one attachment) over mail.maxMessageBytes (25 MB), in
 * the two places that read a local file: `certmerge classify FILE` and the
 * daemon with a Maildir source. Peak RSS from the kernel's high-water mark
 * (getrusage maxRSS at exit for classify, VmHWM for the daemon), the product
 * compiled as shipped. For comparison, the same 25 MB cut parsed by
 * mailparser's simpleParser (which buffers attachments) and by the streaming
 * path certmerge uses, each alone in a fresh process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { freePort } from '../test/harness/dovecot.js';
import { compileProduct } from './footprint.js';
import { mb, procMemory, reporter, sleep, tempDir, type BenchResult, type Benchmark } from './lib.js';

const MESSAGE_ID = '<bench-60mb@email.amazon.com>';
const CAP = 25 * 1024 * 1024;

function writeMessage(file: string, totalBytes: number): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(
      fd,
      [
        'From: aws-cs-trainingcertification-form@amazon.com',
        'To: taro.personal@example.com',
        'Subject: RE:[CASE 171234567890] [AWS Training and Certification Form Submission] - account-assistance',
        'Date: Mon, 15 Dec 2025 10:12:00 +0000',
        `Message-ID: ${MESSAGE_ID}`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="big"',
        '',
        '--big',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Your accounts have been merged. The certificate history is attached.',
        '',
        '--big',
        'Content-Type: application/pdf; name="history.pdf"',
        'Content-Disposition: attachment; filename="history.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        '',
      ].join('\r\n'),
    );
    const line = Buffer.alloc(57, 0xa5).toString('base64') + '\r\n';
    const batch = line.repeat(Math.floor((1024 * 1024) / line.length));
    for (let written = 0; written < totalBytes; written += batch.length) writeSync(fd, batch);
    writeSync(fd, '--big--\r\n');
  } finally {
    closeSync(fd);
  }
}

/** Runs a script in a fresh node and returns its getrusage maxRSS (bytes). */
function maxRssOf(args: string[], cwd: string): { rss: number; stdout: string } {
  const hook = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;
  const r = spawnSync(process.execPath, ['--import', hook, ...args], { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  if (!Number.isFinite(kb)) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  return { rss: kb * 1024, stdout: r.stdout };
}

const PARSE_ALONE = `
import { openSync, readSync } from 'node:fs';
import { MailParser, simpleParser } from 'mailparser';
const [file, mode, cap] = process.argv.slice(2);
const buf = Buffer.alloc(Number(cap)); readSync(openSync(file, 'r'), buf, 0, buf.length, 0);
const opts = { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, checksumAlgo: false };
if (mode === 'simpleParser') await simpleParser(buf, { ...opts, keepCidLinks: true });
else await new Promise((resolve, reject) => {
  const p = new MailParser(opts);
  p.on('data', (d) => { if (d.type === 'attachment') { d.content.on('end', () => d.release()); d.content.resume(); } });
  p.on('end', resolve); p.on('error', reject);
  let o = 0; const pump = () => { while (o < buf.length) { const c = buf.subarray(o, o + 65536); o += c.length; if (!p.write(c)) return void p.once('drain', pump); } p.end(); }; pump();
});
`;

export const largeMessage: Benchmark = {
  name: 'large-message',
  title: 'A 60 MB message over the size cap (Maildir, classify)',
  async run(): Promise<BenchResult> {
    const out = reporter('large-message');
    const main = await compileProduct();
    const root = path.dirname(path.dirname(main));
    const dir = tempDir('certmerge-bench-large-');
    const eml = path.join(dir, 'big.eml');
    writeMessage(eml, 60 * 1024 * 1024);
    const size = readFileSync(eml).length;
    out.line(`message: ${mb(size)} (a base64 attachment), mail.maxMessageBytes ${mb(CAP)}`);

    writeFileSync(path.join(root, 'parse-alone.mjs'), PARSE_ALONE);
    const alone: Record<string, number> = {};
    for (const mode of ['simpleParser', 'streaming']) {
      alone[mode] = maxRssOf([path.join(root, 'parse-alone.mjs'), eml, mode, String(CAP)], root).rss;
      out.line(`the 25 MB cut parsed alone by ${mode}: peak RSS ${mb(alone[mode]!)}`);
    }

    const classify = maxRssOf([main, 'classify', eml, '--json'], dir);
    const verdict = JSON.parse(classify.stdout) as { kind: string; truncated: boolean };
    out.line(`certmerge classify: peak RSS ${mb(classify.rss)}; kind ${verdict.kind}, truncated ${verdict.truncated}`);

    const dataDir = path.join(dir, 'data');
    const maildir = path.join(dataDir, 'mail');
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(path.join(maildir, sub), { recursive: true });
    const configFile = path.join(dir, 'config.yaml');
    writeFileSync(configFile, `dataDir: ${dataDir}\ndashboard: { host: 127.0.0.1, port: ${await freePort()} }\nmail: { source: maildir, maildir: ${maildir} }\nlog: { level: warn }\n`);
    const child = spawn(process.execPath, [main, 'start', '--config', configFile], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1' } });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let daemonPeak: number | undefined;
    let before: number | undefined;
    let truncated: boolean | null | undefined;
    try {
      const db = path.join(dataDir, 'certmerge.db');
      const stored = (): { understanding: string } | undefined => {
        try {
          const d = new Database(db, { readonly: true, fileMustExist: true });
          try {
            return d.prepare('SELECT understanding FROM messages WHERE message_id = ?').get(MESSAGE_ID) as { understanding: string } | undefined;
          } finally {
            d.close();
          }
        } catch {
          return undefined;
        }
      };
      await sleep(3000);
      if (child.exitCode !== null) throw new Error(`certmerge start exited: ${stderr.slice(-500)}`);
      before = procMemory(child.pid!)?.hwm ?? NaN;
      const ta = performance.now();
      // Delivered the Maildir way: written to tmp/, renamed into new/.
      const tmp = path.join(maildir, 'tmp', `${Math.floor(Date.now() / 1000)}.bench.host`);
      writeFileSync(tmp, readFileSync(eml));
      renameSync(tmp, path.join(maildir, 'new', path.basename(tmp)));
      let row;
      while (!(row = stored()) && performance.now() - ta < 60_000) await sleep(100);
      await sleep(500);
      daemonPeak = procMemory(child.pid!)?.hwm ?? NaN;
      truncated = row ? ((JSON.parse(row.understanding) as { truncated?: boolean }).truncated ?? null) : null;
      if (!row) out.line(`daemon stderr: ${stderr.slice(-800)}`);
      out.line(`certmerge start (Maildir): VmHWM ${mb(daemonPeak ?? NaN)} after the message (before it: ${mb(before ?? NaN)}); ${row ? `stored with truncated ${truncated}` : 'NOT processed within 60 s'}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    }
    const under = (x: number) => x < 250 * 1024 * 1024;
    return {
      name: 'large-message',
      title: this.title,
      method:
        `A ${mb(size)} message (a base64 attachment after a short text part), over mail.maxMessageBytes (${mb(CAP)}). \`certmerge classify FILE --json\` and \`certmerge start\` ` +
        `with a Maildir source (the file renamed into new/, timed until its row is in the database) run from the product transpiled to JavaScript, each in a fresh process; ` +
        `peak RSS is getrusage maxRSS at exit (classify) or VmHWM (daemon). For comparison the same 25 MB cut parsed alone in a fresh node by simpleParser and by the streaming MailParser path.`,
      rows: [
        { benchmark: 'large message', metric: 'classify, 60 MB message: peak RSS', target: '< 250 MB', measured: `${mb(classify.rss)} (truncated: ${verdict.truncated})`, met: under(classify.rss) && verdict.truncated },
        { benchmark: 'large message', metric: 'daemon (Maildir), 60 MB message: peak RSS', target: '< 250 MB', measured: `${mb(daemonPeak ?? NaN)} (before: ${mb(before ?? NaN)}; truncated: ${truncated ?? null})`, met: daemonPeak !== undefined && under(daemonPeak) && truncated === true },
        { benchmark: 'large message', metric: '25 MB cut alone: simpleParser / streaming peak RSS', target: '—', measured: `${mb(alone.simpleParser!)} / ${mb(alone.streaming!)}`, met: null },
      ],
      details: out.lines,
    };
  },
};

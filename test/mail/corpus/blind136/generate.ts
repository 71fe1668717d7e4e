// Generates set ee: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ee/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle, and stops if a label disagrees with the bytes or a round trip fails.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const k = Math.floor(rnd() * (i + 1));
    const x = a[i] as T;
    a[i] = a[k] as T;
    a[k] = x;
  }
  return a;
}

const fail = (msg: string): never => {
  throw new Error(msg);
};

// JIS round trips map a few look-alike code points; compare modulo those
const norm = (s: string): string =>
  s.replace(/\r/g, '').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
const lineSet = (s: string): string[] =>
  norm(s)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ee labels (unmeasured): typos, IME conversion errors and autocorrect; see README.md.'];
  for (let i = 0; i < all.length; i++) {
    const m = all[i] as Msg;
    const hid = createHash('sha256').update('ee:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hid}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // the case ID must be present in the message when labelled
    const parsed = await simpleParser(raw);
    const subject = parsed.subject ?? '';
    const text = parsed.text ?? '';
    const html = typeof parsed.html === 'string' ? parsed.html : '';
    const everything = subject + '\n' + text + '\n' + html;
    if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found after parsing`);
    if (norm(subject) !== norm(m.subject)) fail(`${m.slug}: subject decodes to ${JSON.stringify(subject)}`);
    const from0 = parsed.from?.value[0];
    const wantFrom = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
    const wantName = (wantFrom?.[1] ?? '').replace(/^"|"$/g, '');
    const wantAddr = wantFrom?.[2] ?? addrOf(m.from)[0] ?? '';
    if ((from0?.address ?? '') !== wantAddr) fail(`${m.slug}: From address decodes to ${from0?.address}`);
    if ((from0?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${JSON.stringify(from0?.name)}`);
    if (m.text !== undefined) {
      const got = norm(text);
      for (const l of lineSet(m.text)) if (!got.includes(l)) fail(`${m.slug}: text line missing after parsing: ${l}`);
    }
    if (m.html !== undefined && !norm(html).includes(norm(m.html).trim())) fail(`${m.slug}: html part missing after parsing`);
    if (everything.includes('\uFFFD')) fail(`${m.slug}: replacement character after parsing`);
    if (everything.includes('\x1b')) fail(`${m.slug}: leftover ESC after parsing`);
    writeFileSync(join(here, name), raw);
    labels.push(
      `${name}:`,
      `  kind: ${m.kind}`,
      `  language: ${m.lang}`,
      `  trusted: ${m.trusted}`,
      `  forUser: ${m.forUser}`,
      `  supportCaseId: ${m.caseId === null ? 'null' : y(m.caseId)}`,
      `  trap: ${m.trap}`,
      `  note: ${y(m.note)}`,
    );
  }
  writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
}

await main();

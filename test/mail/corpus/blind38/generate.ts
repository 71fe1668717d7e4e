// Generates set ak: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ak/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither number nor name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, addrOf, type Msg } from './lib.js';
import { C } from './common.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
import { EN_A } from './msgs-en-a.js';
import { EN_B } from './msgs-en-b.js';
import { EXTRA } from './msgs-extra.js';

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
const norm = (s: string): string => s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').replace(/\s+/g, ' ').trim();
const stripTags = (h: string): string =>
  h.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA_A, ...JA_B, ...EN_A, ...EN_B, ...EXTRA], 20261206);
  const slugs = new Set<string>();
  const allIds = Object.values(C) as string[];
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ak labels (unmeasured, written blind); see README.md.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const h = createHash('sha1').update('ak:' + m.slug).digest('hex').slice(0, 6);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    if (names.has(name)) fail(`name clash ${name}`);
    names.add(name);
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // round trip through mailparser
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const fromV = p.from?.value[0];
    const fm = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
    const wantName = fm ? (fm[1] ?? '').replace(/^"|"$/g, '') : '';
    const wantAddr = fm ? fm[2] : m.from;
    if ((fromV?.name ?? '') !== wantName || (fromV?.address ?? '').toLowerCase() !== (wantAddr ?? '').toLowerCase())
      fail(`${m.slug}: From decodes to ${y(fromV?.name ?? '')} <${fromV?.address}>, wrote ${y(m.from)}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: parsed text does not contain the written text`);
    if (m.html !== undefined && !norm(stripTags(html)).includes(norm(stripTags(m.html)))) fail(`${m.slug}: parsed html does not contain the written html`);
    const everything = [p.subject ?? '', text, html].join('\n');
    if (everything.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (everything.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
    // case ID: present when labelled; no case ID of this set when labelled null
    if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
    if (m.caseId === null) for (const id of allIds) if (everything.includes(id)) fail(`${m.slug}: labelled null but carries ${id}`);
    if (m.caseId !== null) for (const id of allIds) if (id !== m.caseId && (p.subject ?? '').includes(id)) fail(`${m.slug}: subject carries another case ID ${id}`);
    if (!m.forUser && m.resent === undefined) {
      const rcpts = [m.to, m.cc ?? ''].flatMap((v) => addrOf(v));
      if (rcpts.length === 0) fail(`${m.slug}: no recipients`);
    }

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
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF: ${count((m) => m.crlf === false)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

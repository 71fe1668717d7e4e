// Generates the unmeasured 'en' set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/en/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order so that neither the number nor the name says anything about the kind.
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
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const fromV = p.from?.value[0];
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const wantName = mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
  const wantAddr = (addrOf(m.from)[0] ?? '').toLowerCase();
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${name}: From address ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${name}: From name ${JSON.stringify(fromV?.name)} != ${JSON.stringify(wantName)}`);
  const text = typeof p.text === 'string' ? p.text : '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${name}: decoded text does not contain the written text`);
  if (m.text === undefined && m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${name}: decoded html does not contain the written html`);
  for (const s of [p.subject ?? '', text, html, fromV?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
    if (s.includes('\x1b')) fail(`${name}: leftover ESC after decoding`);
  }
}

const TRAP_KINDS = new Set(['acknowledgement', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed']);

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20260607);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
    if (m.from.includes('credly') && m.caseId !== null) fail(`${m.slug}: Credly mail carries no case ID`);
    if (m.trap && TRAP_KINDS.has(m.kind) && m.kind !== 'case_closed' && m.kind !== 'info_request') fail(`${m.slug}: a trap cannot be the advancing kind it imitates`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Labels of the unmeasured set "en" (idioms, metaphors and euphemisms); see README.md.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    if (names.has(name)) fail(`duplicate name ${name}`);
    names.add(name);
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
      // the ID may sit inside an encoded body: check the decoded text instead
      const p = await simpleParser(raw);
      const all2 = `${p.subject ?? ''}\n${typeof p.text === 'string' ? p.text : ''}\n${typeof p.html === 'string' ? p.html : ''}`;
      if (!all2.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not in the message`);
    }
    await roundTrip(`${name} (${m.slug})`, m, raw);
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
    console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

await main();

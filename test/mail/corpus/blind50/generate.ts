// Generates set aw: cd /work/main && node --import tsx test/mail/corpus/unmeasured/aw/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is
// a fixed shuffle, and names carry no kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, token, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/\u2225/g, '\u2016')
    .replace(/[ \t]+$/gm, '');
const unhtml = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const lines = (s: string): string[] =>
  norm(s)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const fail = (why: string): never => {
    throw new Error(`${name}: mailparser round trip: ${why}`);
  };
  if (norm(p.subject ?? '') !== norm(m.subject)) fail(`subject ${JSON.stringify(p.subject)} != ${JSON.stringify(m.subject)}`);
  const f = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0];
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!f || f.address?.toLowerCase() !== wantAddr) fail(`from address ${f?.address} != ${wantAddr}`);
  if (wantName && norm(f?.name ?? '') !== norm(wantName)) fail(`from name ${JSON.stringify(f?.name)} != ${JSON.stringify(wantName)}`);
  const seen = [p.subject ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : '', f?.name ?? ''].join('\n');
  if (seen.includes('\uFFFD')) fail('U+FFFD in decoded output');
  if (seen.includes('\x1b')) fail('ESC byte left in decoded output');
  if (m.text !== undefined) {
    const got = norm(p.text ?? '');
    for (const l of lines(m.text)) if (!got.includes(l)) fail(`text line missing: ${JSON.stringify(l)}`);
  }
  if (m.html !== undefined) {
    const got = norm(unhtml(typeof p.html === 'string' ? p.html : ''));
    for (const l of lines(unhtml(m.html))) if (!got.includes(l)) fail(`html text missing: ${JSON.stringify(l)}`);
  }
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set aw labels (unmeasured, written blind); see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const shape = m.html !== undefined && m.text === undefined ? `html-${m.enc}` : m.html !== undefined ? `alt-${m.enc}` : m.enc;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${shape}-${token(m.slug + '#aw', 8, '0123456789abcdef')}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
    // the ID may sit inside an encoded body: check the decoded form too
    const p = await simpleParser(raw);
    const dec = [p.subject, p.text, typeof p.html === 'string' ? p.html : ''].join('\n');
    if (!dec.includes(m.caseId)) throw new Error(`${name} (${m.slug}): case ID ${m.caseId} not in message`);
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
const encs = new Map<string, number>();
for (const m of all) {
  const s = m.html !== undefined && m.text === undefined ? `html-only ${m.enc}` : m.html !== undefined ? `multipart/alternative ${m.enc}` : m.enc;
  encs.set(s, (encs.get(s) ?? 0) + 1);
}
console.log('shapes:', [...encs.entries()].sort().map(([k, v]) => `${k}=${v}`).join(', '));

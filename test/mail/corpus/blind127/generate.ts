// Generates the dv set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/dv/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle
// so file names say nothing about the kind. Stops on any self-check failure.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
const encName = (m: Msg): string => (m.html !== undefined && m.text === undefined ? 'html-' : m.html !== undefined ? 'alt-' : '') + m.enc;

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# dv (unmeasured) labels; see README.md.'];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName(m)}-${(hash(m.slug + 'dv') % 0xffffff).toString(16).padStart(6, '0')}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  const wantAddr = addrOf(m.from)[0];
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (from?.address?.toLowerCase() !== wantAddr?.toLowerCase() || (from?.name ?? '') !== wantName) fail(`${m.slug}: From decodes to ${y(String(from?.name))} <${String(from?.address)}>`);
  const text = p.text ?? '';
  const htmlOut = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: text body does not round-trip`);
  if (m.html !== undefined && !norm(htmlOut).includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
  for (const s of [p.subject ?? '', text, htmlOut, from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (s.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  }
  if (m.caseId !== null && !`${p.subject ?? ''}\n${text}\n${htmlOut}`.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
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
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}

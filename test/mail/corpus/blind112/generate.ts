// Generates the dg set ("explanations and hypotheticals"):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/dg/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The
// order is a fixed shuffle, so neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (mulberry32)
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

const squash = (s: string): string => s.replace(/\s+/g, '');
const shape = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? '-alt' : m.html !== undefined ? '-html' : '');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# dg (unmeasured set) labels; see README.md.'];
const names = new Set<string>();
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}${shape(m)}-${hash(m.slug).toString(16).padStart(8, '0').slice(0, 6)}.eml`;
  if (names.has(name)) fail(`duplicate file name ${name}`);
  names.add(name);
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const latin = raw.toString('latin1');
  if (m.caseId !== null && !latin.includes(m.caseId) && !(m.text ?? m.html ?? '').includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromObj = p.from as AddressObject | undefined;
  const fv = fromObj?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fv?.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(`${m.slug}: From address ${fv?.address} != ${wantAddr}`);
  if ((fv?.name ?? '') !== wantName) fail(`${m.slug}: From name ${y(fv?.name ?? '')} != ${y(wantName)}`);
  const body = m.text !== undefined ? (p.text ?? '') : typeof p.html === 'string' ? p.html : '';
  const want = m.text ?? m.html ?? '';
  if (!squash(body).includes(squash(want))) fail(`${m.slug}: decoded body does not contain the written text`);
  for (const s of [p.subject ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : '', fv?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (s.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
  }
  // the case ID, when labelled, must be visible after decoding too
  if (m.caseId !== null && !(p.subject ?? '').includes(m.caseId) && !body.includes(m.caseId)) fail(`${m.slug}: case ID not visible after decoding`);
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

// summary for the README
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc + shape(m)))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc + shape(m) === e)}`).join(', '));

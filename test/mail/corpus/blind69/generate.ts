// Generates the bp corpus: node --import tsx test/mail/corpus/unmeasured/bp/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The
// order is a fixed shuffle, so file numbers and names say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Kind, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20260407);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.slug.slice(0, 2) !== m.lang) fail(`${m.slug}: language prefix disagrees with lang`);
}

// mix requirements from the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/[\uFF5E\u301C]/g, '~')
    .replace(/[\u2212\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const firstAddr = (a: AddressObject | AddressObject[] | undefined): { address: string; name: string } => {
  const o = Array.isArray(a) ? a[0] : a;
  const v = o?.value[0];
  return { address: (v?.address ?? '').toLowerCase(), name: v?.name ?? '' };
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# bp corpus labels (unmeasured set); see README.md. Never tune certmerge on this set.'];
for (const [i, m] of all.entries()) {
  const shape = m.text !== undefined && m.html !== undefined ? 'alt' : m.html !== undefined ? 'html' : 'plain';
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${(hash(m.slug + shape) >>> 0).toString(16).padStart(8, '0')}.eml`;
  const raw = build(m);

  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fa = firstAddr(p.from);
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (fa.address !== wantAddr) fail(`${m.slug}: From address decodes to ${fa.address}`);
  if (fa.name !== wantName) fail(`${m.slug}: From name decodes to ${y(fa.name)}, wrote ${y(wantName)}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: decoded text part differs from what was written`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: decoded HTML part differs from what was written`);
  const decoded = [p.subject ?? '', fa.name, ptext, phtml].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);

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
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} | ${c((m) => !m.forUser)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
const auths = [...new Set(all.map((m) => m.auth))].sort();
console.log('auth shapes: ' + auths.map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
console.log(`shapes: plain ${count((m) => m.html === undefined)}, alt ${count((m) => m.text !== undefined && m.html !== undefined)}, html-only ${count((m) => m.text === undefined)}`);

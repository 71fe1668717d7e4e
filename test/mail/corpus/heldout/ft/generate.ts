// Generates the ft set: node --import tsx test/mail/corpus/unmeasured/ft/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order
// is a fixed shuffle, so file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { JA3 } from './msgs-ja3.js';
import { EN1 } from './msgs-en1.js';
import { EN2 } from './msgs-en2.js';

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

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN1, ...EN2], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return (mm?.[1] ?? '').replace(/^"|"$/g, '');
};

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# ft set labels (unmeasured); see README.md.'];
const names: string[] = [];

for (const [i, m] of all.entries()) {
  const hash = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || pf.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`${m.slug}: From address decodes to ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${m.slug}: From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  if (m.text !== undefined && norm(p.text ?? '') !== norm(m.text)) fail(`${m.slug}: text body does not round-trip`);
  if (m.html !== undefined && !norm(typeof p.html === 'string' ? p.html : '').includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
  const decoded = [p.subject ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : '', pf?.name ?? ''].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded text`);
  if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC in decoded text`);
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} is not in the message`);
  if (m.caseId === null && /\b1[78]\d{8,11}\b/.test(decoded)) fail(`${m.slug}: labelled without case ID but one appears`);
  if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(decoded)) fail(`${m.slug}: labelled ja without Japanese text`);

  writeFileSync(join(here, name), raw);
  names.push(name);
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

// mix checks from the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
const n = all.length;
const ja = count((m) => m.lang === 'ja');
if (n < 120 || n > 140) fail(`size ${n} outside 120-140`);
if (ja / n < 0.55) fail(`only ${ja}/${n} Japanese`);
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
if (count((m) => m.trap && m.kind !== 'unrelated' && m.kind !== 'support_reply' && m.kind !== 'case_closed' && m.kind !== 'ai_answer') > 0) fail('a trap is labelled with an advancing kind it imitates');

console.log(`messages: ${n}  ja: ${ja}  en: ${n - ja}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of KINDS) {
  const of = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${of(() => true)} | ${of((m) => m.lang === 'ja')} | ${of((m) => m.lang === 'en')} | ${of((m) => m.trap)} | ${of((m) => !m.trusted)} |`);
}
console.log(`| **all** | **${n}** | **${ja}** | **${n - ja}** | **${count((m) => m.trap)}** | **${count((m) => !m.trusted)}** |`);
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}  resent: ${count((m) => m.resent !== undefined)}`);
console.log('auth shapes: ' + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
console.log(`files written: ${names.length}`);

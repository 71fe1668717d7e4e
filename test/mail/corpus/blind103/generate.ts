// Generates the cx corpus: node --import tsx test/mail/corpus/unmeasured/cx/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file numbers and names say nothing about the kind. Stops on
// any self-check failure (trust/forUser re-derived from the bytes, case ID present,
// mailparser round trip).
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Kind, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
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

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...EN], 20260601);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  const body = (m.text ?? '') + (m.html ?? '');
  if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(body)) fail(`${m.slug}: ja without Japanese script`);
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const htmlText = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&mdash;/g, '\u2014')
    .replace(/&middot;/g, '\u00b7')
    .replace(/&ldquo;/g, '\u201c')
    .replace(/&rdquo;/g, '\u201d');

function displayName(v: string): string {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return (mm?.[1] ?? '').replace(/^"|"$/g, '');
}

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}, wrote ${JSON.stringify(m.subject)}`);
  const from = p.from?.value[0];
  if (!from || (from.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${name}: From address does not round-trip`);
  if ((from?.name ?? '') !== displayName(m.from)) fail(`${name}: From name decodes to ${JSON.stringify(from?.name)}, wrote ${JSON.stringify(displayName(m.from))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !squash(text).includes(squash(m.text))) fail(`${name}: text body does not round-trip`);
  if (m.html !== undefined && !squash(html).includes(squash(m.html))) fail(`${name}: html body does not round-trip`);
  for (const s of [p.subject ?? '', text, html, from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name}: replacement character after decoding`);
    if (s.includes('\u001b')) fail(`${name}: leftover ESC after decoding`);
  }
  if (m.caseId !== null) {
    const hay = (p.subject ?? '') + '\n' + text + '\n' + htmlText(html);
    if (!hay.includes(m.caseId)) fail(`${name}: labelled case ID ${m.caseId} not found in the message`);
  }
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# cx corpus labels (unmeasured set); see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${(hash(m.slug + '#cx') >>> 0).toString(16).padStart(8, '0')}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
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

// mix checks from the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted | forUser false |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} | ${c((m) => !m.forUser)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
const auths = [...new Set(all.map((m) => m.auth))].sort();
console.log('auth shapes: ' + auths.map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));

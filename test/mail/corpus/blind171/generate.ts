// Generates the fn set: node --import tsx test/mail/corpus/unmeasured/fn/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle, so file numbers and names say nothing about the kind.
// Self-checks stop the run on any disagreement between the labels and the bytes.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, token, type Msg } from './lib.js';
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
  throw new Error(`fn self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// ---- mix required by the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
if (all.length < 120 || all.length > 140) fail(`size ${all.length} outside 120-140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail(`Japanese share ${count((m) => m.lang === 'ja')}/${all.length} below 55%`);
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.trap) < 35) fail(`only ${count((m) => m.trap)} traps`);
if (count((m) => !m.forUser) < 2) fail('too few forUser: false');

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
const caseLike = /(?<![\d])1\d{9,12}(?![\d])/g;

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fn (unmeasured set) labels; see README.md. Labels follow test/mail/corpus/LABELLING.md.'];
const names = new Set<string>();
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${token(m.slug + '#fn', 6, '0123456789abcdef')}.eml`;
  if (names.has(name)) fail(`duplicate file name ${name}`);
  names.add(name);
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0];
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}, wrote ${y(wantName)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text differs from what was written`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html).slice(0, 200))) fail(`${m.slug}: decoded html differs from what was written`);
  for (const [what, s] of [['subject', p.subject ?? ''], ['text', text], ['html', html], ['from', fromV?.name ?? '']] as const) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in ${what}`);
    if (s.includes('\x1b')) fail(`${m.slug}: leftover ESC in ${what}`);
  }
  // the labelled case ID is present; an unlabelled message carries none
  const hay = `${p.subject ?? ''}\n${text}\n${html}`;
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
  if (m.caseId === null && (hay.match(caseLike) ?? []).length) fail(`${m.slug}: labelled without case ID but carries ${hay.match(caseLike)?.join(',')}`);
  // the written charset matches the name
  const head = raw.toString('latin1');
  const csOk: Record<Msg['enc'], RegExp> = {
    ascii7: /charset=us-ascii/i,
    utf8qp: /quoted-printable/i,
    utf8b64: /charset="utf-8"[\s\S]*base64/i,
    utf88bit: /charset=utf-8[\s\S]*8bit/i,
    jis7: /charset=ISO-2022-JP[\s\S]*7bit/,
    jisb64: /charset=iso-2022-jp[\s\S]*base64/,
    sjis8: /charset=Shift_JIS[\s\S]*8bit/,
    sjisb64: /charset=shift_jis[\s\S]*base64/,
  };
  if (!csOk[m.enc].test(head)) fail(`${m.slug}: body encoding is not ${m.enc}`);

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
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);

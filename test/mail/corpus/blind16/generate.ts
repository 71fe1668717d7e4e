// Generates held-out set o:
//   cd /work/main && node --import tsx test/mail/corpus/heldout/o/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind. Every file is
// checked against its label (trust/forUser rules re-derived from the bytes, case ID present,
// mailparser round trip) and the run stops on the first disagreement.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { ALL_CASE_IDS } from './common.js';
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 7);
}

const fail = (name: string, why: string): never => {
  throw new Error(`${name}: ${why}`);
};
const squash = (s: string): string => s.replace(/\u301C/g, '\uFF5E').replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];

const all: Msg[] = shuffle([...JA, ...EN], 20260302);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (!KINDS.includes(m.kind)) throw new Error(`${m.slug}: bad kind ${m.kind}`);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Held-out set o labels; see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  const raw = build(m);

  // 1. trust and delivery, re-derived from the written bytes
  if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(name, `subject decodes to ${JSON.stringify(p.subject)}`);
  const from0 = p.from?.value[0];
  const fromAddr = addrOf(m.from)[0] ?? '';
  if ((from0?.address ?? '').toLowerCase() !== fromAddr) fail(name, `From address decodes to ${from0?.address}`);
  const fromName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((from0?.name ?? '') !== fromName) fail(name, `From name decodes to ${JSON.stringify(from0?.name)} not ${JSON.stringify(fromName)}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !squash(ptext).includes(squash(m.text))) fail(name, 'decoded text body does not contain the written text');
  if (m.html !== undefined && !squash(phtml).includes(squash(m.html))) fail(name, 'decoded HTML body does not contain the written HTML');
  const decoded = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
  if (decoded.includes('\uFFFD')) fail(name, 'replacement character after decoding');
  if (decoded.includes('\x1b')) fail(name, 'leftover ESC byte after decoding');

  // 3. case ID: present when labelled; none of the set's IDs when labelled null
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(name, `case ID ${m.caseId} not found in the decoded message`);
  if (m.caseId === null) for (const id of ALL_CASE_IDS) if (decoded.includes(id)) fail(name, `labelled without case ID but contains ${id}`);

  // 4. language sanity: Japanese labels carry kana in the new text, English ones none at all
  const body = m.text ?? m.html ?? '';
  const kana = /[\u3040-\u30ff]/.test(body);
  if (m.lang === 'ja' && !kana) fail(name, 'labelled ja but has no kana');
  if (m.lang === 'en' && kana) fail(name, 'labelled en but has kana');

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

// mix requirements of the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const ja = count((m) => m.lang === 'ja');
if (ja / all.length < 0.55) throw new Error(`only ${ja}/${all.length} Japanese`);
for (const k of KINDS) if (count((m) => m.kind === k) < 12) throw new Error(`kind ${k} fewer than 12`);
if (count((m) => m.trap) < 35) throw new Error('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${ja}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of KINDS) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
console.log('auth: ' + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));

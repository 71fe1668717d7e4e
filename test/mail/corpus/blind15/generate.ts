// Generates held-out set n: node --import tsx test/mail/corpus/heldout/n/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order
// is a fixed shuffle, and names carry no kind. Every file is checked before it is written:
// trusted/forUser re-derived from the bytes by the guide's rules, the case ID present when
// labelled, and a mailparser round trip (subject, From, body text, no U+FFFD, no ESC).
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
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

const fnv = (s: string): string => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
};

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\r\n/g, '\n');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (subj !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(subj)}, wrote ${JSON.stringify(m.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  if (!from) fail(`${name}: no From after parsing`);
  if ((from?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${name}: From address ${from?.address}`);
  if ((from?.name ?? '') !== displayName(m.from)) fail(`${name}: From name ${JSON.stringify(from?.name)} vs ${JSON.stringify(displayName(m.from))}`);
  const text = norm(p.text ?? '');
  const html = norm(typeof p.html === 'string' ? p.html : '');
  if (m.text !== undefined) {
    for (const line of m.text.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (!text.includes(line)) fail(`${name}: body text lacks ${JSON.stringify(line)}`);
    }
  }
  if (m.html !== undefined && !html.includes(m.html.trim())) fail(`${name}: html part does not round-trip`);
  for (const [what, v] of [['subject', subj], ['from', from?.name ?? ''], ['text', text], ['html', html]] as const) {
    if (v.includes('\uFFFD')) fail(`${name}: U+FFFD in ${what}`);
    if (v.includes('\u001b')) fail(`${name}: ESC left in ${what}`);
  }
  if (m.caseId !== null && !(subj + '\n' + text + '\n' + html).includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not found in the decoded message`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Held-out set n labels; see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
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

// mix requirements of the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
if (kinds.length !== 9) fail(`only ${kinds.length} kinds`);
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}  resent: ${count((m) => m.resent !== undefined)}`);
console.log('auth shapes: ' + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));

// Generates set bn: node --import tsx test/mail/corpus/unmeasured/bn/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that neither the number nor the name says anything about the kind.
// Stops on the first self-check failure.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN, EN_EXTRA } from './msgs-en.js';

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

const all: Msg[] = shuffle([...JA, ...EN, ...EN_EXTRA], 0xb0_2026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// whitespace-insensitive comparison of decoded text
const squash = (s: string): string => s.replace(/\s+/g, '');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subject = p.subject ?? '';
  if (subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(subject)}`);
  const from = p.from?.value[0];
  if (!from) fail(`${name}: no From`);
  if ((from?.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(`${name}: From address ${from?.address}`);
  if ((from?.name ?? '') !== displayName(m.from)) fail(`${name}: From name ${JSON.stringify(from?.name)} != ${JSON.stringify(displayName(m.from))}`);
  const text = p.text ?? '';
  const htmlOut = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !squash(text).includes(squash(m.text))) fail(`${name}: decoded text does not contain the written text`);
  if (m.html !== undefined && !squash(htmlOut).includes(squash(m.html.replace(/<!DOCTYPE html>\n/, '').slice(0, 200)).slice(20))) {
    fail(`${name}: decoded html does not contain the written html`);
  }
  for (const [what, s] of [['subject', subject], ['text', text], ['html', htmlOut]] as const) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD in ${what}`);
    if (s.includes('\u001b')) fail(`${name}: ESC left in ${what}`);
  }
  if (m.caseId !== null && !`${subject}\n${text}\n${htmlOut}`.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not in the decoded message`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set bn labels (unmeasured); see README.md. Do not tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('bn:' + m.slug).digest('hex').slice(0, 8);
  const shape = m.text === undefined ? 'html' : m.enc;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${shape}-${h}.eml`;
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

// mix requirements from the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => (m.text === undefined ? m.enc + '/html-only' : m.html !== undefined ? m.enc + '/alternative' : m.enc)))].sort();
for (const e of encs) console.log(`  ${e}: ${count((m) => (m.text === undefined ? m.enc + '/html-only' : m.html !== undefined ? m.enc + '/alternative' : m.enc) === e)}`);

// Generates set z (unmeasured): node --import tsx test/mail/corpus/unmeasured/z/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so file numbers and names say nothing about the kind. Every label is checked
// against the written bytes and the run stops on the first disagreement.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
import { JA3 } from './msgs-ja3.js';
import { EN1 } from './msgs-en.js';
import { EN2 } from './msgs-en2.js';

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

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN1, ...EN2], 20260417);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const stripTags = (h: string): string =>
  h
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&zwnj;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set z labels (unmeasured); see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha1').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  // 1. labels agree with the guide's trust / forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || pf.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`${name} (${m.slug}): From address decodes to ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${name} (${m.slug}): From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const text = p.text ?? '';
  const htmlStr = typeof p.html === 'string' ? p.html : '';
  for (const [what, s] of [['subject', p.subject ?? ''], ['text', text], ['html', htmlStr]] as const) {
    if (s.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD in ${what}`);
    if (s.includes('\u001b')) fail(`${name} (${m.slug}): ESC byte left in ${what}`);
  }
  const visible = norm(text) + ' ' + norm(stripTags(htmlStr));
  if (!visible.includes(norm(m.probe))) fail(`${name} (${m.slug}): body lacks probe ${y(m.probe)}`);
  // 3. the labelled case ID is really in the message
  if (m.caseId !== null && !`${p.subject} ${text} ${htmlStr}`.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not found`);
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

// summary for the README, and the brief's mix requirements
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
const ja = count((m) => m.lang === 'ja');
console.log(`messages: ${all.length}  ja: ${ja}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  plain: ${count((m) => m.html === undefined)}`);
if (ja / all.length < 0.55) fail('less than 55% Japanese');
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (kinds.length !== 9) fail('not every kind is present');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

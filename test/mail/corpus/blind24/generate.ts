// Generates set w (unmeasured): node --import tsx test/mail/corpus/unmeasured/w/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order, and stops if any self-check fails.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20260405);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set w labels (unmeasured). See README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha1').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  // 1. trust / forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || pf.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`${m.slug}: From address decodes to ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${m.slug}: From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !squash(text).includes(squash(m.text))) fail(`${m.slug}: decoded text part does not contain the written text`);
  if (m.html !== undefined && !squash(html).includes(squash(m.html))) fail(`${m.slug}: decoded HTML part does not contain the written HTML`);
  const decoded = [p.subject ?? '', text, html, pf?.name ?? ''].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  // 3. the labelled case ID is present (subject, body or quote)
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

const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of kinds) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);

// Generates set "al": cd /work/main && node --import tsx test/mail/corpus/unmeasured/al/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

// the same character may decode to its JIS or Microsoft code point
const norm = (x: string): string =>
  x
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const unescape = (h: string): string => h.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set "al" labels (Credly / certification-portal voice); see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha1').update('al:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  const fail = (why: string): never => {
    throw new Error(`${name} (${m.slug}): ${why}`);
  };
  if (checkTrusted(raw) !== m.trusted) fail(`trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const p = await simpleParser(raw);
  if (norm(p.subject ?? '') !== norm(m.subject)) fail(`subject decodes to ${y(p.subject ?? '')}`);
  const fromV = p.from?.value[0];
  const wantFrom = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const wantAddr = (wantFrom ? wantFrom[2] : m.from) ?? '';
  const wantName = (wantFrom ? wantFrom[1] : '')?.replace(/^"|"$/g, '') ?? '';
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(`From address ${fromV?.address}`);
  if (norm(fromV?.name ?? '') !== norm(wantName)) fail(`From name decodes to ${y(fromV?.name ?? '')}`);
  const text = p.text ?? '';
  const htm = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail('text body does not round-trip');
  if (m.html !== undefined && !norm(unescape(htm)).includes(norm(unescape(m.html)))) fail('html body does not round-trip');
  const everything = [p.subject ?? '', text, htm, fromV?.name ?? ''].join('\n');
  if (everything.includes('\uFFFD')) fail('U+FFFD after decoding');
  if (everything.includes('\u001b')) fail('leftover ESC after decoding');
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`case ID ${m.caseId} not found in decoded message`);
  if (m.caseId === null) {
    const stray = /(?:CASE|ケース|Case ID|ケース ID|ケース番号|受付番号)[\s:：#]*(\d{10,13})/i.exec(everything);
    if (stray) fail(`labelled without case ID but carries ${stray[1]}`);
  }
  if (addrOf(m.from).length !== 1) fail('From must hold one address');
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
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF ${count((m) => m.crlf === false)}`);
const auths = [...new Set(all.map((m) => m.auth))].sort();
console.log('auth: ' + auths.map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));

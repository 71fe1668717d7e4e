// Generates the dt set: node --import tsx test/mail/corpus/unmeasured/dt/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so file numbers and names say nothing about the kind, then checks every file.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { CASE } from './common.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const shape = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? 'alt' : m.html !== undefined ? 'html' : 'plain');
// JIS wave dash / minus decode to either code point; compare them as one character
const nl = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
const y = (s: string): string => JSON.stringify(s);
const allCaseIds = Object.values(CASE) as string[];

const labels: string[] = ['# dt (unmeasured set) labels; see README.md.'];
for (const [i, m] of all.entries()) {
  const hsh = createHash('sha256').update('dt:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hsh}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (raw.includes(0x1b) && !m.enc.startsWith('jis') && !/ISO-2022-JP/i.test(raw.toString('latin1'))) fail(`${name}: ESC byte outside ISO-2022-JP`);

  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (subj !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(subj)}, wrote ${y(m.subject)}`);
  const fromObj = (p.from as AddressObject | undefined)?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromObj?.address ?? '').toLowerCase() !== wantAddr) fail(`${name}: From address ${fromObj?.address} != ${wantAddr}`);
  if ((fromObj?.name ?? '') !== wantName) fail(`${name}: From name ${y(fromObj?.name ?? '')} != ${y(wantName)}`);
  const text = nl(p.text ?? '');
  const html = nl(typeof p.html === 'string' ? p.html : '');
  if (m.text !== undefined) {
    for (const line of m.text.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (!text.includes(nl(line))) fail(`${name} (${m.slug}): text part lacks ${y(line)}`);
    }
  }
  if (m.html !== undefined && !html.includes(nl(m.html).trim())) fail(`${name} (${m.slug}): html part does not round-trip`);
  const everything = subj + '\n' + text + '\n' + html;
  if (everything.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${name}: ESC left after decoding`);
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not in the message`);
  if (m.caseId === null) for (const c of allCaseIds) if (everything.includes(c)) fail(`${name} (${m.slug}): carries case ID ${c} but labelled null`);
  if (m.caseId !== null) for (const c of allCaseIds) if (c !== m.caseId && everything.includes(c) && m.slug !== 'sr-dup-cases-trap') fail(`${name} (${m.slug}): also carries case ID ${c}`);

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
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of kinds) if (count((m) => m.kind === k) < 11) fail(`kind ${k} has fewer than 11 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |\n| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
console.log(`| **all** | **${all.length}** | **${count((m) => m.lang === 'ja')}** | **${count((m) => m.lang === 'en')}** | **${count((m) => m.trap)}** | **${count((m) => !m.trusted)}** |`);
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
const shapes = ['plain', 'html', 'alt'];
console.log('shapes: ' + shapes.map((s) => `${s} ${count((m) => shape(m) === s)}`).join(', '));

// Generates the fe set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/fe/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle, so neither the number nor the name says anything about the kind.
// Stops on the first failed self-check.
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
  throw new Error(`self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.kind === 'badges_transferred' && /credly/i.test(m.from) && m.caseId !== null) fail(`${m.slug}: Credly mail carries no case ID`);
}

const encName: Record<Msg['enc'], string> = {
  ascii7: 'ascii', utf8qp: 'utf8qp', utf8b64: 'utf8b64', utf88bit: 'utf8', jis7: 'jis', jisb64: 'jisb64', sjis8: 'sjis', sjisb64: 'sjisb64',
};

// JIS round trips may turn these into their Microsoft twins; they are the same character on the wire
const norm = (s: string): string =>
  s.replace(/\r\n/g, '\n').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/[ \t]+\n/g, '\n').trim();

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fe (unmeasured set) labels; see README.md.'];
const names: string[] = [];
for (const [i, m] of all.entries()) {
  const h8 = createHash('sha256').update('fe:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName[m.enc]}-${h8}.eml`;
  const raw = build(m);

  // 1. trusted / forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted}, bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser}, bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
  const fromAddr = addrOf(m.from)[0];
  const fv = p.from?.value[0];
  if (!fv || (fv.address ?? '').toLowerCase() !== fromAddr) fail(`${name} (${m.slug}): From address decodes to ${fv?.address}`);
  const fname = /^(.*?)\s*</.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
  if ((fv?.name ?? '') !== fname) fail(`${name} (${m.slug}): From name decodes to ${y(fv?.name ?? '')}, wrote ${y(fname)}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${name} (${m.slug}): text body does not round-trip`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${name} (${m.slug}): html body does not round-trip`);
  for (const s of [p.subject ?? '', ptext, phtml, fv?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD after decoding`);
    if (s.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC after decoding`);
  }

  // 3. the labelled case ID is in the decoded message; an unlabelled one is absent
  const hay = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not in the message`);
  if (m.caseId === null && /CASE \d{10,13}|ケース(番号)?\s*\d{10,13}|Case ID: \d/.test(hay)) fail(`${name} (${m.slug}): carries a case ID but is labelled null`);

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

// 4. mix requirements from the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  const f = (m: Msg): boolean => m.kind === k;
  console.log(`| ${k} | ${count(f)} | ${count((m) => f(m) && m.lang === 'ja')} | ${count((m) => f(m) && m.lang === 'en')} | ${count((m) => f(m) && m.trap)} | ${count((m) => f(m) && !m.trusted)} |`);
}
console.log(`| **all** | **${all.length}** | **${count((m) => m.lang === 'ja')}** | **${count((m) => m.lang === 'en')}** | **${count((m) => m.trap)}** | **${count((m) => !m.trusted)}** |`);
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`shapes: html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
console.log('auth: ' + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
console.log('forUser false: ' + all.filter((m) => !m.forUser).map((m) => names[all.indexOf(m)]).join(', '));

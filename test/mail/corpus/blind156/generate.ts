// Generates the ey set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ey/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffled order (file names never reveal the kind), and stops on any failed check.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { C } from './common.js';
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

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();
const htmlText = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const JA_CHARS = /[\u3040-\u30ff\u4e00-\u9fff]/;
const KNOWN_IDS: string[] = Object.values(C);

const shape = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? '-alt' : m.html !== undefined ? '-html' : '');
const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# ey (unmeasured set) labels; see README.md.'];

for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}${shape(m)}-${h}.eml`;
  const raw = build(m);

  // 1. labels agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromObj = p.from as AddressObject | undefined;
  const f0 = fromObj?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((f0?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${f0?.address} != ${wantAddr}`);
  if ((f0?.name ?? '') !== wantName) fail(`${m.slug}: From name ${y(f0?.name ?? '')} != ${y(wantName)}`);
  const text = p.text ?? '';
  const htmlOut = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text does not contain the written text`);
  if (m.html !== undefined && !norm(htmlText(htmlOut)).includes(norm(htmlText(m.html)))) fail(`${m.slug}: decoded html does not contain the written html`);
  const everything = `${p.subject ?? ''}\n${text}\n${htmlOut}`;
  if (everything.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);

  // 3. case ID present when labelled; none of this set's IDs when labelled null
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
  if (m.caseId === null && KNOWN_IDS.some((id) => everything.includes(id))) fail(`${m.slug}: labelled without a case ID but carries one`);

  // 4. language of the new text
  const bodyText = m.text !== undefined ? m.text : htmlText(m.html ?? '');
  const langText = bodyText.trim() === '' ? m.subject : bodyText;
  if (m.lang === 'ja' && !JA_CHARS.test(langText)) fail(`${m.slug}: labelled ja but has no Japanese text`);
  if (m.lang === 'en' && JA_CHARS.test(bodyText)) fail(`${m.slug}: labelled en but the body has Japanese text`);
  if (m.trap && m.note.length < 10) fail(`${m.slug}: trap without a note`);

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

// 5. the mix the brief asks for
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
const untrusted = count((m) => !m.trusted);
if (untrusted < 17 || untrusted > 24) fail(`untrusted count ${untrusted} is not about 20`);
if (count((m) => !m.forUser) < 3) fail('too few forUser: false messages');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${untrusted}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  const f = (g: (m: Msg) => boolean): number => count((m) => m.kind === k && g(m));
  console.log(`| ${k} | ${f(() => true)} | ${f((m) => m.lang === 'ja')} | ${f((m) => m.lang === 'en')} | ${f((m) => m.trap)} | ${f((m) => !m.trusted)} |`);
}
console.log(`| **all** | **${all.length}** | **${count((m) => m.lang === 'ja')}** | **${count((m) => m.lang === 'en')}** | **${count((m) => m.trap)}** | **${untrusted}** |`);
const encs = new Map<string, number>();
for (const m of all) encs.set(m.enc + shape(m), (encs.get(m.enc + shape(m)) ?? 0) + 1);
console.log('encodings:', [...encs.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));

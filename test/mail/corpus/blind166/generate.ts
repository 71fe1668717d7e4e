// Generates set fi (unmeasured): node --import tsx test/mail/corpus/unmeasured/fi/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so file numbers and names say nothing about the kind. Every self-check
// below stops the run when it fails.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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
  if (!m.slug.startsWith(m.lang + '-')) fail(`${m.slug}: slug/lang mismatch`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const squash = (s: string): string => s.replace(/\s+/g, '');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.split(/,(?![^<]*>)/)[0]?.trim() ?? '')?.[1] ?? '').replace(/^"|"$/g, '');
const firstAddr = (a: AddressObject | AddressObject[] | undefined): { name: string; address: string } => {
  const o = Array.isArray(a) ? a[0] : a;
  const v = o?.value[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
};

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set fi (unmeasured): labels; see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('fi:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);

  // 1. trust and forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const f = firstAddr(p.from);
  if (f.address !== (addrOf(m.from)[0] ?? '')) fail(`${m.slug}: From address ${f.address}`);
  if (f.name !== displayName(m.from)) fail(`${m.slug}: From name decodes to ${y(f.name)}, wrote ${y(displayName(m.from))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !squash(text).includes(squash(m.text))) fail(`${m.slug}: decoded text does not contain the written text`);
  if (m.html !== undefined && !squash(html).includes(squash(m.html))) fail(`${m.slug}: decoded html does not contain the written html`);
  for (const [what, s] of [['subject', p.subject ?? ''], ['from', f.name], ['text', text], ['html', html]] as const) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded ${what}`);
    if (s.includes('\x1b')) fail(`${m.slug}: leftover ESC in decoded ${what}`);
  }

  // 3. the case ID is really there when labelled (subject, body or quote), and absent when not
  const hay = `${p.subject ?? ''}\n${text}\n${html}`;
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
  if (m.caseId === null && /(?<![\d-])\d{10,13}(?![\d-])/.test(hay)) fail(`${m.slug}: labelled without case ID but carries a 10-13 digit number`);

  // 4. labelled language matches the script of the new text, roughly
  const jaChars = (m.text ?? m.html ?? '').match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  if (m.lang === 'ja' && jaChars < 20) fail(`${m.slug}: labelled ja with little Japanese`);
  if (m.lang === 'en' && jaChars > 0) fail(`${m.slug}: labelled en with Japanese text`);

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

// 5. the brief's mix
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
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
console.log(`| **all** | **${all.length}** | **${count((m) => m.lang === 'ja')}** | **${count((m) => m.lang === 'en')}** | **${count((m) => m.trap)}** | **${count((m) => !m.trusted)}** |`);
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);

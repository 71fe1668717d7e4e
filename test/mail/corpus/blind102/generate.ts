// Generates the cw set: node --import tsx test/mail/corpus/unmeasured/cw/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is
// a fixed shuffle, and the name carries only language, body encoding and a hash of the slug.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
import { EN } from './msgs-en.js';
import { EXTRA } from './msgs-extra.js';

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

const fnv = (s: string): string => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
};

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN, ...EXTRA], 20261228);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.from.includes('credly') && m.caseId !== null) fail(`${m.slug}: Credly mail carries no case ID`);
}

// ---- mix requirements
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
for (const m of all) if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(m.text ?? m.html ?? '')) fail(`${m.slug}: ja without Japanese script`);

// ---- mailparser round trip helpers
const norm = (x: string): string => x.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').normalize('NFC');
const squash = (x: string): string => norm(x).replace(/\s+/g, '');
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return (mm?.[1] ?? '').replace(/^"|"$/g, '');
};
const bad = (label: string, s: string | undefined | false): void => {
  if (!s) return;
  if (s.includes('\uFFFD')) fail(`${label}: U+FFFD in decoded text`);
  if (s.includes('\x1b')) fail(`${label}: leftover ESC in decoded text`);
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# cw (unmeasured set) labels; see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  const p = await simpleParser(raw);
  const label = `${name} (${m.slug})`;
  if (norm(p.subject ?? '') !== norm(m.subject)) fail(`${label}: subject decodes to ${y(p.subject ?? '')}`);
  const pf = (p.from as AddressObject | undefined)?.value[0];
  if ((pf?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${label}: From address decodes to ${pf?.address}`);
  if (norm(pf?.name ?? '') !== norm(displayName(m.from))) fail(`${label}: From name decodes to ${y(pf?.name ?? '')}`);
  if (m.text !== undefined && !squash(p.text ?? '').includes(squash(m.text))) fail(`${label}: text part does not round-trip`);
  if (m.html !== undefined && !squash(typeof p.html === 'string' ? p.html : '').includes(squash(m.html))) fail(`${label}: html part does not round-trip`);
  bad(label, p.subject);
  bad(label, p.text);
  bad(label, p.html);
  bad(label, pf?.name);
  if (m.caseId !== null) {
    const hay = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
    if (!hay.includes(m.caseId)) fail(`${label}: labelled case ID ${m.caseId} not found in the message`);
  }

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

// summary for the README
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);

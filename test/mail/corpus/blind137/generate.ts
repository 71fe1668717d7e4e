// Generates set ef: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ef/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Kind, type Msg } from './lib.js';
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

const norm = (s: string): string => s.replace(/\r\n/g, '\n');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const f = p.from?.value[0];
  if (!f || f.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`${name}: From address decodes to ${JSON.stringify(f?.address)}`);
  if ((f?.name ?? '') !== displayName(m.from)) fail(`${name}: From name decodes to ${JSON.stringify(f?.name)}`);
  const text = norm(p.text ?? '');
  const html = norm(typeof p.html === 'string' ? p.html : '');
  const want = m.text ?? m.html ?? '';
  const got = m.text !== undefined ? text : html;
  for (const line of want.split('\n')) {
    const l = line.trim();
    if (l && !got.includes(l)) fail(`${name}: body lacks ${JSON.stringify(l)}`);
  }
  for (const s of [p.subject ?? '', f?.name ?? '', text, html]) {
    if (s.includes('\uFFFD')) fail(`${name}: replacement character after decoding`);
    if (s.includes('\u001b')) fail(`${name}: leftover ESC after decoding`);
  }
  if (m.caseId !== null && ![p.subject ?? '', text, html].some((s) => s.includes(m.caseId as string))) fail(`${name}: case ID ${m.caseId} not in the message`);
}

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ef (unmeasured): code-switching inside sentences. See README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${hash(m.slug + '#ef').toString(16).padStart(8, '0')}.eml`;
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

// mix requirements of this set
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
for (const k of kinds) if (count((m) => m.kind === k) < 11) fail(`kind ${k} has fewer than 11 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log(`  encodings: ${encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', ')}`);
console.log(`  html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart: ${count((m) => m.html !== undefined && m.text !== undefined)}`);

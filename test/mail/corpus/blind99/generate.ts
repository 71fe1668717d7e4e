// Generates the ct corpus: node --import tsx test/mail/corpus/unmeasured/ct/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// File order is a fixed shuffle; names never reveal the kind. Every label is
// re-checked against the written bytes, and the run stops on any disagreement.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20260302);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// mix requirements of the brief
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
const nameAddr = (v: string): { name: string; address: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  return mm ? { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() } : { name: '', address: v.trim().toLowerCase() };
};
const firstAddr = (a: AddressObject | AddressObject[] | undefined): { name: string; address: string } => {
  const o = Array.isArray(a) ? a[0] : a;
  const v = o?.value[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
};

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# ct corpus labels (unmeasured set); see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('ct:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust / forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // round trip through mailparser
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const wantFrom = nameAddr(m.from);
    const gotFrom = firstAddr(p.from);
    if (gotFrom.address !== wantFrom.address || gotFrom.name !== wantFrom.name) fail(`${m.slug}: From decodes to ${y(gotFrom.name)} <${gotFrom.address}>`);
    const text = typeof p.text === 'string' ? p.text : '';
    const htmlOut = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text differs from what was written`);
    if (m.html !== undefined && !norm(htmlOut).includes(norm(m.html))) fail(`${m.slug}: decoded html differs from what was written`);
    const decoded = `${p.subject ?? ''}\n${text}\n${htmlOut}`;
    if (decoded.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
    if (decoded.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
    // the labelled case ID is really in the message; no case ID hides in an unlabelled one
    if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
    if (m.caseId === null && /(^|\D)\d{10,13}(\D|$)/.test(`${p.subject ?? ''}\n${text}`)) fail(`${m.slug}: unlabelled digits that look like a case ID`);
    if (m.caseId !== null && /credly\.com$/i.test(addrOf(m.from)[0] ?? '')) fail(`${m.slug}: Credly mail must have no case ID`);

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
  for (const k of KINDS) {
    const n = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
    console.log(`| ${k} | ${n(() => true)} | ${n((m) => m.lang === 'ja')} | ${n((m) => m.lang === 'en')} | ${n((m) => m.trap)} | ${n((m) => !m.trusted)} | ${n((m) => !m.forUser)} |`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

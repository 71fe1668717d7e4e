// Generates the bx set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bx/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { CASES_JA } from './cases-ja.js';
import { CASES_EN } from './cases-en.js';
import { AROUND } from './around.js';

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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...CASES_JA, ...CASES_EN, ...AROUND], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/[\uFF5E\u301C]/g, '~').replace(/\s+/g, ' ').trim();
const plain = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const firstFrom = (a: AddressObject | AddressObject[] | undefined): AddressObject | undefined => (Array.isArray(a) ? a[0] : a);

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# bx labels (unmeasured set); see README.md.'];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const rawText = raw.toString('latin1');
  if (m.caseId !== null && !rawText.includes(m.caseId)) {
    // the ID may sit inside an encoded body: check the decoded text below
  }
  const parsed = await simpleParser(raw);
  if ((parsed.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(parsed.subject ?? '')}`);
  const wantFrom = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const pf = firstFrom(parsed.from)?.value[0];
  if (wantFrom) {
    if ((pf?.address ?? '').toLowerCase() !== (wantFrom[2] ?? '').toLowerCase()) fail(`${m.slug}: From address ${pf?.address}`);
    if ((pf?.name ?? '') !== (wantFrom[1] ?? '').replace(/^"|"$/g, '')) fail(`${m.slug}: From name decodes to ${y(pf?.name ?? '')}`);
  }
  const body = norm((parsed.text ?? '') + ' ' + plain(typeof parsed.html === 'string' ? parsed.html : ''));
  const src = norm(m.text ?? plain(m.html ?? ''));
  const probe = src.slice(0, 40);
  if (!body.includes(probe)) fail(`${m.slug}: body lacks ${y(probe)}`);
  if (body.includes('\uFFFD') || (parsed.subject ?? '').includes('\uFFFD')) fail(`${m.slug}: replacement character`);
  if (body.includes('\x1b') || (parsed.subject ?? '').includes('\x1b')) fail(`${m.slug}: leftover ESC`);
  if (m.caseId !== null && !(m.subject + ' ' + body).includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
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
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}, multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}`);

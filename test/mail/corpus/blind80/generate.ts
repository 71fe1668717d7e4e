// Generates set ca: node --import tsx test/mail/corpus/unmeasured/ca/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle
// so that the file name never reveals the kind, then checks every file against its label.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { CASE } from './common.js';
import { JA } from './msgs-ja.js';
import { JA_OTHER } from './msgs-ja-other.js';
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();
const stripHtml = (s: string): string =>
  s.replace(/<[^>]+>/g, '\n').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** the longest line of the written text, as a probe for the round trip */
function probe(m: Msg): string {
  const src = m.text ?? stripHtml(m.html ?? '');
  const lines = src.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('>'));
  lines.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return (lines[0] ?? '').slice(0, 40);
}

const all: Msg[] = shuffle([...JA, ...JA_OTHER, ...EN], 20261019);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Labels of the unmeasured set ca; see README.md.'];
const knownIds = Object.values(CASE) as string[];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (subj !== m.subject) throw new Error(`${m.slug}: subject decodes to ${y(subj)}`);
  const fromName = p.from?.value[0]?.name ?? '';
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (fromName !== wantName) throw new Error(`${m.slug}: From name decodes to ${y(fromName)}, wrote ${y(wantName)}`);
  const body = (p.text ?? '') + '\n' + (typeof p.html === 'string' ? p.html : '');
  if (!squash(p.text ?? '').includes(squash(probe(m)))) throw new Error(`${m.slug}: body lacks ${y(probe(m))}`);
  if (body.includes('\uFFFD') || subj.includes('\uFFFD')) throw new Error(`${m.slug}: replacement character`);
  if (body.includes('\x1b') || subj.includes('\x1b')) throw new Error(`${m.slug}: leftover ESC`);
  const all2 = subj + '\n' + body;
  if (m.caseId !== null && !all2.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in message`);
  if (m.caseId === null && knownIds.some((id) => all2.includes(id))) throw new Error(`${m.slug}: carries a case ID but labelled null`);
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
console.log(encs.map((e) => `${e}: ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}, multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}`);

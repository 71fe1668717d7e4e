// Generates set "ad" (unmeasured): node --import tsx test/mail/corpus/unmeasured/ad/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const all: Msg[] = shuffle([...JA, ...EN], 0xad2026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

// JIS 0x2141 etc. decode to either the JIS or the Microsoft code point: same character on the wire
const norm = (s: string): string => s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\s+$/, '');
const nameOf = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set "ad" labels (unmeasured); see README.md. Never tune certmerge on this set.'];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId !== null && !raw.includes(m.caseId) && !(m.text ?? m.html ?? '').includes(m.caseId) && !m.subject.includes(m.caseId))
    throw new Error(`${m.slug}: case ID ${m.caseId} not in the message`);
  // the case ID must be visible somewhere in what a reader sees (subject or decoded body)
  const parsed = await simpleParser(raw);
  const visible = `${parsed.subject ?? ''}\n${parsed.text ?? ''}\n${typeof parsed.html === 'string' ? parsed.html : ''}`;
  if (m.caseId !== null && !visible.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not visible after parsing`);
  if (parsed.subject !== m.subject) throw new Error(`${m.slug}: subject decodes to ${y(parsed.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = parsed.from?.value[0];
  if ((pf?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) throw new Error(`${m.slug}: From address decodes to ${pf?.address}`);
  if ((pf?.name ?? '') !== nameOf(m.from)) throw new Error(`${m.slug}: From name decodes to ${y(pf?.name ?? '')}, wrote ${y(nameOf(m.from))}`);
  if (m.text !== undefined && !norm(parsed.text ?? '').includes(norm(m.text))) throw new Error(`${m.slug}: text body does not round-trip`);
  if (m.html !== undefined && !norm(typeof parsed.html === 'string' ? parsed.html : '').includes(norm(m.html))) throw new Error(`${m.slug}: html body does not round-trip`);
  if (/\uFFFD/.test(visible) || /\uFFFD/.test(pf?.name ?? '')) throw new Error(`${m.slug}: replacement character after decoding`);
  if (/\x1b/.test(visible) || /\x1b/.test(pf?.name ?? '')) throw new Error(`${m.slug}: leftover ESC after decoding`);
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

// a second build must give the same bytes
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  if (!readFileSync(join(here, name)).equals(build(m))) throw new Error(`${name}: not deterministic`);
}

const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  html-only: ${count((m) => m.text === undefined)}`);

// Generates set af: cd /work/main && node --import tsx test/mail/corpus/unmeasured/af/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the name carries no kind. Every label is re-derived from the written bytes
// (trust, forUser, case ID) and every file is parsed back with mailparser before it is kept.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { JA3 } from './msgs-ja3.js';
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
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN], 20260417);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

// normalise what a decoder may legitimately map differently (JIS wave dash, minus, NFKC width)
const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u301C\uFF5E~]/g, '~')
    .replace(/[\u2212\uFF0D]/g, '-')
    .replace(/[\u2016\u2225]/g, '||')
    .replace(/\s+/g, ' ')
    .trim();
const stripTags = (h: string): string =>
  h
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
const encName = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? `alt-${m.enc}` : m.html !== undefined ? `html-${m.enc}` : m.enc);

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set af labels (see README.md). Written blind; never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${encName(m)}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (raw.includes(0x1b) && !/iso-2022-jp/i.test(raw.toString('latin1'))) throw new Error(`${m.slug}: ESC byte without ISO-2022-JP`);

  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (norm(subj) !== norm(m.subject)) throw new Error(`${m.slug}: subject decodes to ${y(subj)}`);
  const fromW = addrOf(m.from)[0];
  const fromP = p.from?.value[0];
  if (!fromP || fromP.address?.toLowerCase() !== fromW) throw new Error(`${m.slug}: From address decodes to ${fromP?.address}`);
  const nameW = /^(.*?)\s*</.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
  if (nameW && norm(fromP.name ?? '') !== norm(nameW)) throw new Error(`${m.slug}: From name decodes to ${y(fromP.name ?? '')}`);
  const decoded = [p.text ?? '', typeof p.html === 'string' ? p.html : ''].join('\n');
  if (/\uFFFD/.test(decoded + subj + (fromP.name ?? ''))) throw new Error(`${m.slug}: U+FFFD after decoding`);
  if (/\x1b/.test(decoded + subj)) throw new Error(`${m.slug}: leftover ESC after decoding`);
  if (m.text !== undefined) {
    if (!norm(p.text ?? '').includes(norm(m.text))) throw new Error(`${m.slug}: decoded text differs from what was written`);
  } else if (m.html !== undefined) {
    const ph = typeof p.html === 'string' ? p.html : '';
    if (!norm(stripTags(ph)).includes(norm(stripTags(m.html)))) throw new Error(`${m.slug}: decoded html differs`);
  }
  if (m.caseId !== null) {
    const hay = norm(subj + '\n' + decoded + '\n' + raw.toString('latin1'));
    if (!hay.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not found in the message`);
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

const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = new Map<string, number>();
for (const m of all) encs.set(encName(m), (encs.get(encName(m)) ?? 0) + 1);
console.log('encodings:', [...encs.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));

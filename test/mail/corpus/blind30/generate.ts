// Generates set ac (unmeasured): node --import tsx test/mail/corpus/unmeasured/ac/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
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
const fnv = (s: string): string => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
};

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

// the JIS round trip may turn WAVE DASH etc. into their Microsoft twins; both are the same character on the wire
const norm = (x: string): string =>
  x.replace(/\r\n/g, '\n').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').split('\n').map((l) => l.replace(/\s+$/, '')).join('\n').trim();
const bad = (name: string, what: string, s: string): void => {
  if (s.includes('\uFFFD')) throw new Error(`${name}: U+FFFD in ${what}`);
  if (s.includes('\x1b')) throw new Error(`${name}: ESC left in ${what}`);
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ac labels (unmeasured); see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const latin = raw.toString('latin1');
  if (m.caseId !== null && !latin.includes(m.caseId)) {
    // the ID may sit only in an encoded body: check the decoded text below
  }
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  bad(name, 'subject', subj);
  if (norm(subj) !== norm(m.subject)) throw new Error(`${name} (${m.slug}): subject decodes to ${y(subj)}, wrote ${y(m.subject)}`);
  const from = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0];
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((from?.address ?? '').toLowerCase() !== wantAddr) throw new Error(`${name}: From address ${from?.address} != ${wantAddr}`);
  if (norm(from?.name ?? '') !== norm(wantName)) throw new Error(`${name}: From name ${y(from?.name ?? '')} != ${y(wantName)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  bad(name, 'text', text);
  bad(name, 'html', html);
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) throw new Error(`${name} (${m.slug}): decoded text differs from what was written`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) throw new Error(`${name} (${m.slug}): decoded html differs from what was written`);
  if (m.caseId !== null) {
    const hay = [subj, text, html].join('\n');
    if (!hay.includes(m.caseId)) throw new Error(`${name} (${m.slug}): case ID ${m.caseId} not in the decoded message`);
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
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);

// Generates set aq: cd /work/main && node --import tsx test/mail/corpus/unmeasured/aq/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffled order, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, addrOf, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\u301C/g, '\uFF5E').replace(/\s+/g, ' ').trim();
const stripTags = (h: string): string =>
  h.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|td)>/gi, '\n').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const firstLine = (t: string): string => t.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
const nameOf = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set aq labels (unmeasured, written blind); see README.md.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha1').update('aq:' + m.slug).digest('hex').slice(0, 8);
  const encTag = m.text === undefined ? `${m.enc}-html` : m.html !== undefined ? `${m.enc}-alt` : m.enc;
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encTag}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if (norm(p.subject ?? '') !== norm(m.subject)) throw new Error(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
  const pf = p.from?.value[0];
  if ((pf?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) throw new Error(`${m.slug}: From address ${pf?.address}`);
  if (norm(pf?.name ?? '') !== norm(nameOf(m.from))) throw new Error(`${m.slug}: From name decodes to ${y(pf?.name ?? '')}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  const probe = m.text !== undefined ? firstLine(m.text) : firstLine(stripTags(m.html ?? ''));
  const hay = m.text !== undefined ? ptext : stripTags(phtml);
  if (!norm(hay).includes(norm(probe))) throw new Error(`${m.slug}: body does not contain ${y(probe)}`);
  for (const t of [ptext, phtml, p.subject ?? '', pf?.name ?? '']) {
    if (t.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (t.includes('\x1b')) throw new Error(`${m.slug}: ESC left after decoding`);
  }
  if (m.caseId !== null) {
    const all = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
    if (!all.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
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
console.log(`html-only ${count((m) => m.text === undefined)}, multipart/alternative ${count((m) => m.text !== undefined && m.html !== undefined)}, LF-only ${count((m) => m.crlf === false)}, Resent ${count((m) => !!m.resent)}`);

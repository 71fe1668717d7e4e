// Generates set du: node --import tsx test/mail/corpus/unmeasured/du/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, from a fixed shuffle.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const ws = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();
/** full-width → ASCII, then drop the spaces, hyphens and line breaks that split numbers */
const digitsOnly = (s: string): string => s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\-\uFF0D\u2212]/g, '');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set du (unmeasured): labels; see README.md.'];
for (const [i, m] of all.entries()) {
  const raw = build(m);
  const h = createHash('sha256').update(raw).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${m.slug}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${m.slug}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) throw new Error(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
  const fromName = p.from?.value[0]?.name ?? '';
  if (fromName !== displayName(m.from)) throw new Error(`${m.slug}: From name decodes to ${y(fromName)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !ws(text).includes(ws(m.text))) throw new Error(`${m.slug}: body text did not round-trip`);
  if (m.text === undefined && m.html !== undefined && !ws(html).includes(ws(m.html).replace(/^<html><body> | <\/body><\/html>$/g, ''))) throw new Error(`${m.slug}: html did not round-trip`);
  const dec = `${p.subject ?? ''}\n${text}\n${html}`;
  if (dec.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
  if (dec.includes('\x1b')) throw new Error(`${m.slug}: leftover ESC after decoding`);
  if (m.caseId !== null && !digitsOnly(dec).includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
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
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}

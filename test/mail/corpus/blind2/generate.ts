// Generates the second held-out corpus: node --import tsx test/mail/corpus/heldout2/generate.ts
// Writes NNN-<lang>-<slug>.eml and labels.yaml next to this script. The order is
// a fixed shuffle so that file numbers say nothing about the kind.
// Self-checks: trust/forUser re-derived from the written bytes, mailparser round trip,
// no replacement characters or leftover ISO-2022-JP escapes in the decoded text.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (!/^[a-z0-9-]+$/.test(m.slug)) throw new Error(`bad slug ${m.slug}`);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
// File names carry no kind: the source slug (which describes the content) stays in
// msgs-*.ts and in a comment of labels.yaml; the file name only shows the body encoding.
const fnv = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};
const fileSlug = (m: Msg): string =>
  `${m.enc}${m.html !== undefined ? (m.text !== undefined ? '-alt' : '-html') : ''}-${(fnv(m.slug) % 1679616).toString(36).padStart(4, '0')}`;
const labels: string[] = ['# Held-out corpus 2 labels; see README.md. Never tune certmerge on this set.'];
const problems: string[] = [];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${fileSlug(m)}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  const decoded = [p.subject ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : '', p.from?.text ?? ''].join('\n');
  if (decoded.includes('\uFFFD')) problems.push(`${name}: replacement character after decoding`);
  if (decoded.includes('\u001b')) problems.push(`${name}: leftover escape sequence after decoding`);
  if (/=\?[^?]+\?[BQbq]\?/.test(p.subject ?? '')) problems.push(`${name}: undecoded encoded-word in subject`);
  if (m.subject !== (p.subject ?? '').replace(/\s+/g, ' ').trim() && m.subject.replace(/\s+/g, ' ').trim() !== (p.subject ?? '').trim())
    problems.push(`${name}: subject round trip: ${JSON.stringify(p.subject)}`);
  const norm = (x: string): string => x.replace(/\s+/g, '').replace(/[\u301C\uFF5E]/g, '~');
  const bodyIn = norm(m.text ?? m.html ?? '');
  const bodyOut = norm((m.text !== undefined ? p.text : p.html || p.textAsHtml) ?? '');
  if (bodyIn.slice(0, 40) && !bodyOut.includes(bodyIn.slice(0, 40))) problems.push(`${name}: body round trip`);
  writeFileSync(join(here, name), raw);
  labels.push(
    `# source: ${m.slug}`,
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
if (problems.length) throw new Error(problems.join('\n'));
writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

// summary for the README
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of kinds) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = new Map<string, number>();
for (const m of all) {
  const key = `${m.enc}${m.html !== undefined ? (m.text !== undefined ? '+alt' : '+htmlonly') : ''}${m.crlf === false ? '+LF' : ''}`;
  encs.set(key, (encs.get(key) ?? 0) + 1);
}
console.log('encodings:', [...encs.entries()].sort().map(([k, v]) => `${k}:${v}`).join(' '));

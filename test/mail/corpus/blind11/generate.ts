// Generates held-out corpus j: node --import tsx test/mail/corpus/blind11/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, and names carry no kind. Self-checks: trust/forUser re-derived from the bytes,
// a mailparser round trip (subject, no U+FFFD, no leftover escapes, case ID present), and a
// byte-identical rebuild.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { ALL_CASES } from './common.js';
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const encName = (m: Msg): string => {
  const base = { ascii7: 'ascii', utf8qp: 'utf8-qp', utf8b64: 'utf8-b64', utf88bit: 'utf8-8bit', jis7: 'jis-7bit', jisb64: 'jis-b64', sjis8: 'sjis-8bit', sjisb64: 'sjis-b64' }[m.enc];
  return base;
};

const all: Msg[] = shuffle([...JA, ...EN], 20260611);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Held-out corpus j labels; see README.md. Never tune certmerge on this set.'];
const names = new Set<string>();
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName(m)}-${fnv(m.slug + '#j')}.eml`;
  if (names.has(name)) throw new Error(`duplicate name ${name}`);
  names.add(name);
  const raw = build(m);
  if (!raw.equals(build(m))) throw new Error(`${name}: build is not deterministic`);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.crlf !== false && /[^\r]\n/.test(raw.toString('latin1'))) throw new Error(`${name}: bare LF in a CRLF file`);
  // mailparser round trip
  const p = await simpleParser(raw);
  const text = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
  if (p.subject !== m.subject) throw new Error(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  if (text.includes('\uFFFD')) throw new Error(`${name}: replacement character after decoding`);
  if (text.includes('\u001b')) throw new Error(`${name}: leftover escape sequence after decoding`);
  if (/=\?[^?]+\?[BQ]\?/i.test(text)) throw new Error(`${name}: undecoded encoded-word`);
  const body = m.text ?? m.html ?? '';
  for (const probe of body.match(/[\u3001-\u9fff\uff01-\uffef]{4,}/g) ?? []) {
    if (!text.includes(probe)) throw new Error(`${name}: body text ${probe} lost in decoding`);
  }
  if (m.caseId !== null && !text.includes(m.caseId)) throw new Error(`${name}: case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null) for (const c of ALL_CASES) if (text.includes(c)) throw new Error(`${name}: labelled without case ID but carries ${c}`);
  const fromAddr = p.from?.value[0]?.address?.toLowerCase() ?? '';
  if (!m.from.toLowerCase().includes(fromAddr) || !fromAddr) throw new Error(`${name}: From decodes to ${fromAddr}`);
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
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => encName(m)))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => encName(m) === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);

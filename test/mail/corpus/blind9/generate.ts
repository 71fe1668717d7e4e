// Generates held-out set h: cd /work/main && node --import tsx test/mail/corpus/heldout/h/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the name carries no kind, so file names say nothing about the label.
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const all: Msg[] = shuffle([...JA, ...EN], 20260207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const hasJa = (s: string): boolean => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s);
const norm = (s: string): string => s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Held-out set h labels; see README.md. Never tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug + '#h')}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // the case ID label must be findable in the raw message or its decoded text
    // mailparser round trip: decodes cleanly, subject survives, no replacement characters
    const p = await simpleParser(raw);
    const body = `${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
    const subj = p.subject ?? '';
    for (const [what, s] of [['body', body], ['subject', subj]] as const) {
      if (s.includes('\uFFFD')) throw new Error(`${name} (${m.slug}): replacement character in ${what}`);
      if (s.includes('\x1b')) throw new Error(`${name} (${m.slug}): escape sequence left in ${what}`);
      if (/=\?[^?]+\?[BQ]\?/i.test(s)) throw new Error(`${name} (${m.slug}): undecoded encoded-word in ${what}`);
    }
    if (norm(subj) !== norm(m.subject)) throw new Error(`${name} (${m.slug}): subject round trip ${JSON.stringify(subj)} != ${JSON.stringify(m.subject)}`);
    if (!body.trim()) throw new Error(`${name} (${m.slug}): empty body after parsing`);
    if (m.lang === 'ja' && !hasJa(body)) throw new Error(`${name} (${m.slug}): ja message without Japanese text`);
    if (m.caseId !== null && !(body.includes(m.caseId) || subj.includes(m.caseId))) throw new Error(`${name} (${m.slug}): case ID ${m.caseId} not in subject/body`);
    if (m.caseId === null && /\b\d{10,13}\b/.test(`${subj}\n${p.text ?? ''}`) && /case/i.test(`${subj}\n${p.text ?? ''}`)) throw new Error(`${name} (${m.slug}): case-like number but caseId null`);
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
    console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log(`encodings: ${encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', ')}`);
  console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF: ${count((m) => m.crlf === false)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

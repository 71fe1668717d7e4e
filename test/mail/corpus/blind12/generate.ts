// Generates the heldout/k corpus: node --import tsx test/mail/corpus/blind12/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so file numbers and names say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Enc, type Msg } from './lib.js';
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

const ENC_TAG: Record<Enc, string> = {
  ascii7: 'ascii-7bit',
  utf8qp: 'utf8-qp',
  utf8b64: 'utf8-b64',
  utf88bit: 'utf8-8bit',
  jis7: 'iso2022jp-7bit',
  jisb64: 'iso2022jp-b64',
  sjis8: 'sjis-8bit',
  sjisb64: 'sjis-b64',
};

// characters that ISO-2022-JP decoders may map to either of two code points
const norm = (x: string): string =>
  x
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\s+$/, '');

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# heldout/k labels (see README.md). Held-out: never tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${ENC_TAG[m.enc]}-${fnv('k:' + m.slug)}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // the case ID label must be findable in the message as written
    if (m.caseId !== null) {
      const hay = [m.subject, m.text ?? '', m.html ?? ''].join('\n');
      if (!hay.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in the message`);
    }
    // mailparser round trip: decodes cleanly and gives back what we wrote
    const p = await simpleParser(raw);
    const subj = p.subject ?? '';
    const texts = [subj, p.text ?? '', typeof p.html === 'string' ? p.html : ''];
    for (const t of texts) {
      if (t.includes('\uFFFD')) throw new Error(`${m.slug}: replacement character after decoding`);
      if (t.includes('\x1b')) throw new Error(`${m.slug}: leftover escape sequence after decoding`);
    }
    if (norm(subj) !== norm(m.subject)) throw new Error(`${m.slug}: subject round trip ${y(subj)} != ${y(m.subject)}`);
    if (m.text !== undefined && norm(p.text ?? '') !== norm(m.text)) throw new Error(`${m.slug}: text round trip differs`);
    if (m.html !== undefined && norm(typeof p.html === 'string' ? p.html : '') !== norm(m.html)) throw new Error(`${m.slug}: html round trip differs`);
    if (!p.date || Number.isNaN(p.date.getTime())) throw new Error(`${m.slug}: bad Date`);
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
  console.log('encodings: ' + encs.map((e) => `${ENC_TAG[e]} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF: ${count((m) => m.crlf === false)}  resent: ${count((m) => !!m.resent)}`);
  console.log('auth shapes: ' + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

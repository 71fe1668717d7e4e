// Generates unmeasured/q: cd /work/main && node --import tsx test/mail/corpus/unmeasured/q/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. File order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
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

const encName: Record<Msg['enc'], string> = {
  ascii7: 'ascii', utf8qp: 'utf8qp', utf8b64: 'utf8b64', utf88bit: 'utf8bit', jis7: 'jis7bit', jisb64: 'jisb64', sjis8: 'sjis', sjisb64: 'sjisb64',
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20260318);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\s+/g, ' ').trim();
const stripHtml = (s: string): string =>
  s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# unmeasured/q labels (a future held-out set); see README.md. Never tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName[m.enc]}-${h}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (raw.includes(0x1b) && !/iso-2022-jp/i.test(raw.toString('latin1'))) throw new Error(`${m.slug}: ESC outside ISO-2022-JP`);
    // round trip through mailparser
    const p = await simpleParser(raw);
    if (norm(p.subject ?? '') !== norm(m.subject)) throw new Error(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const fromName = /^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
    const gotFrom = p.from?.value[0];
    if (fromName && norm(gotFrom?.name ?? '') !== norm(fromName)) throw new Error(`${m.slug}: From name decodes to ${JSON.stringify(gotFrom?.name)}`);
    const want = norm(m.text ?? stripHtml(m.html ?? ''));
    const got = norm(m.text !== undefined ? (p.text ?? '') : stripHtml(p.html || ''));
    if (!got.includes(want.slice(0, 200)) || !got.includes(want.slice(-120))) throw new Error(`${m.slug}: body does not round-trip\n got: ${got.slice(0, 300)}\nwant: ${want.slice(0, 300)}`);
    const decoded = `${p.subject ?? ''}\n${p.text ?? ''}\n${p.html || ''}\n${gotFrom?.name ?? ''}`;
    if (decoded.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (decoded.includes('\u001b')) throw new Error(`${m.slug}: leftover ESC after decoding`);
    // the case ID must be in the bytes (decoded) when labelled
    if (m.caseId !== null && !`${p.subject}\n${p.text ?? ''}\n${p.html || ''}`.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not found`);
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

  // determinism: a second build gives the same bytes
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName[m.enc]}-${h}.eml`;
    if (!build(m).equals(readFileSync(join(here, name)))) throw new Error(`${name}: not deterministic`);
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
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);
  const auths = [...new Set(all.map((m) => m.auth))].sort();
  console.log('auth shapes: ' + auths.map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

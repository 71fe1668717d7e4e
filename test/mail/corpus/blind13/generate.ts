// Generates held-out corpus l: node --import tsx test/mail/corpus/blind13/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the hash is derived from an internal slug, so names say nothing about the kind.
// Adapted from blind1/generate.ts; adds a mailparser round trip and subject/body checks.
import { createHash } from 'node:crypto';
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

const all: Msg[] = shuffle([...JA, ...EN], 20260718);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.caseId !== null) {
    const visible = [m.subject, m.text ?? '', m.html ?? ''].join('\n');
    if (!visible.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} does not appear in the message`);
  }
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const stripTags = (s: string): string =>
  s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Held-out corpus l labels; see README.md. Never tune certmerge on this set.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('heldout-l:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // mailparser round trip: decodes cleanly, subject and body text survive
    const p = await simpleParser(raw);
    const got = [p.subject ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : ''].join('\n');
    if (/\uFFFD/.test(got)) throw new Error(`${name} (${m.slug}): replacement character after decoding`);
    if (/\x1b/.test(got)) throw new Error(`${name} (${m.slug}): leftover escape sequence after decoding`);
    if (norm(p.subject ?? '') !== norm(m.subject)) throw new Error(`${name} (${m.slug}): subject round trip ${JSON.stringify(p.subject)} != ${JSON.stringify(m.subject)}`);
    const src = m.text ?? stripTags(m.html ?? '');
    const probe = norm(src).slice(0, 40);
    const back = m.text !== undefined ? norm(p.text ?? '') : norm(stripTags(typeof p.html === 'string' ? p.html : ''));
    if (!back.includes(probe)) throw new Error(`${name} (${m.slug}): body round trip lost ${JSON.stringify(probe)}`);
    if (/=\?[^?]+\?[BQ]\?/i.test(p.subject ?? '')) throw new Error(`${name} (${m.slug}): undecoded encoded-word in subject`);
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
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.text === undefined)}, multipart/alternative ${count((m) => m.text !== undefined && m.html !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
  console.log(`auth: ` + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
  console.log(`resent ${count((m) => m.resent !== undefined)}, addressed elsewhere ${count((m) => !m.forUser && m.resent === undefined)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates set "by" (HTML-first mail):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/by/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script; the order is a
// fixed shuffle so file names say nothing about the kind. Stops on any failed self-check.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import type { Def } from './common.js';
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

const CHARSET: Record<Msg['enc'], string> = {
  ascii7: 'us-ascii', utf8qp: 'utf-8', utf8b64: 'utf-8', utf88bit: 'utf-8', jis7: 'iso-2022-jp', jisb64: 'iso-2022-jp', sjis8: 'shift_jis', sjisb64: 'shift_jis',
};

/** 7bit/8bit bodies must keep lines under 998 octets: break long HTML lines after '>', a space or 。 */
function wrapLong(html: string): string {
  return html
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > 300) {
        const head = rest.slice(0, 300);
        const cut = Math.max(head.lastIndexOf('> '), head.lastIndexOf('。'), head.lastIndexOf(' '), head.lastIndexOf('>'));
        const at = cut > 100 ? cut + 1 : 300;
        out.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      out.push(rest);
      return out;
    })
    .join('\n');
}
const UNENCODED = new Set<Msg['enc']>(['ascii7', 'jis7', 'sjis8', 'utf88bit']);

const all: Def[] = shuffle([...JA, ...EN], 20261206).map((m) => {
  if (m.html === undefined) return m;
  const html = m.html.replace(/charset=utf-8"/g, `charset=${CHARSET[m.enc]}"`);
  return { ...m, html: UNENCODED.has(m.enc) ? wrapLong(html) : html };
});

const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (!m.to) throw new Error(`${m.slug}: no To`);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/\s+/g, ' ');
const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set "by" (HTML-first mail), unmeasured. See README.md.'];

async function main(): Promise<void> {
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash(m.slug + 'name').toString(16).padStart(8, '0')}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
      // the ID may sit inside an encoded part: check the decoded form below
    }
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) throw new Error(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
    const fromText = p.from?.text ?? '';
    const fromName = /^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
    if (fromName && !fromText.includes(fromName)) throw new Error(`${name} (${m.slug}): From decodes to ${y(fromText)}`);
    const body = norm(`${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`);
    if (!body.includes(norm(m.probe))) throw new Error(`${name} (${m.slug}): body lacks probe ${y(m.probe)}`);
    const decodedAll = `${p.subject ?? ''}\n${body}`;
    if (m.caseId !== null && !decodedAll.includes(m.caseId)) throw new Error(`${name} (${m.slug}): case ID ${m.caseId} not found`);
    if (/\uFFFD/.test(decodedAll) || decodedAll.includes('\u001b') || fromText.includes('\uFFFD')) throw new Error(`${name} (${m.slug}): U+FFFD or ESC after decoding`);
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

  const count = (f: (m: Def) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}  html-only: ${count((m) => m.text === undefined)}  multipart: ${count((m) => m.text !== undefined && m.html !== undefined)}`);
  for (const k of kinds) {
    console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

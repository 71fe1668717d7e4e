// Generates the dd corpus: node --import tsx test/mail/corpus/unmeasured/dd/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle.
import { createHash } from 'node:crypto';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string =>
  s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\s+/g, '');
const htmlText = (h: string): string =>
  h.replace(/<[^>]+>/g, ' ').replace(/&mdash;/g, '—').replace(/&middot;/g, '·').replace(/&#9744;/g, '☐').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# dd corpus labels (unmeasured set); see README.md.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // case ID present in the bytes (decoded) when labelled
    const p = await simpleParser(raw);
    const decoded = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
    if (m.caseId !== null && !decoded.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not found`);
    if (p.subject !== m.subject) throw new Error(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const fromAddr = p.from?.value[0]?.address?.toLowerCase() ?? '';
    if (fromAddr !== addrOf(m.from)[0]) throw new Error(`${m.slug}: From address decodes to ${fromAddr}`);
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((p.from?.value[0]?.name ?? '') !== wantName) throw new Error(`${m.slug}: From name decodes to ${p.from?.value[0]?.name}`);
    if (/\uFFFD|\x1b/.test(decoded)) throw new Error(`${m.slug}: replacement char or ESC in decoded text`);
    if (m.text !== undefined && !norm(p.text ?? '').includes(norm(m.text).slice(0, 40))) throw new Error(`${m.slug}: text body did not round-trip`);
    if (m.html !== undefined && !norm(typeof p.html === 'string' ? p.html : '').includes(norm(m.html).slice(0, 40))) throw new Error(`${m.slug}: html body did not round-trip`);
    // HTML-only: a word of the visible text survives mailparser's html-to-text
    if (m.text === undefined && m.html !== undefined) {
      const word = htmlText(m.html).split(/\s+/).find((w) => w.length >= 4) ?? '';
      if (!norm(p.text ?? '').includes(norm(word))) throw new Error(`${m.slug}: html text did not round-trip (${word})`);
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
  console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

await main();

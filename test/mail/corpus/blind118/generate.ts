// Generates the dm set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/dm/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order so that neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\s+/g, ' ').trim();
const stripTags = (h: string): string =>
  h.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const fromWant = /<([^>]+)>/.exec(m.from)?.[1] ?? m.from;
  const fromName = m.from.replace(/\s*<[^>]+>$/, '').replace(/^"|"$/g, '');
  const fv = p.from?.value[0];
  if (!fv || fv.address !== fromWant || (fromName !== m.from && fv.name !== fromName)) fail(`${name}: From decodes to ${JSON.stringify(fv)}`);
  const got = norm((p.text ?? '') + ' ' + stripTags(typeof p.html === 'string' ? p.html : ''));
  const want = m.text ?? stripTags(m.html ?? '');
  for (const line of want.split('\n')) {
    const l = norm(line);
    if (l && !got.includes(l)) fail(`${name}: body lacks ${JSON.stringify(l)}`);
  }
  const everything = (p.subject ?? '') + (p.text ?? '') + (typeof p.html === 'string' ? p.html : '') + JSON.stringify(p.from) + JSON.stringify(p.to);
  if (everything.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${name}: ESC left after decoding`);
  const caseSeen = raw.toString('latin1') + everything;
  if (m.caseId !== null && !caseSeen.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not in the message`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# dm (unmeasured set) labels; see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const shape = m.text !== undefined && m.html !== undefined ? 'alt' : m.html !== undefined ? 'html' : '';
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}${shape ? '_' + shape : ''}-${hash('dm:' + m.slug).toString(16).padStart(8, '0')}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    await roundTrip(name, m, raw);
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
  console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
}

await main();

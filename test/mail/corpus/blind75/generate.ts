// Generates the bv corpus: node --import tsx test/mail/corpus/unmeasured/bv/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffled order, and stops on any self-check failure.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 0xb5c0de);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const encName = (m: Msg): string => (m.html !== undefined && m.text === undefined ? `${m.enc}html` : m.html !== undefined ? `${m.enc}alt` : m.enc);
const norm = (s: string): string => s.replace(/\r\n/g, '\n');
const stripTags = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** display name of a From value as written ("Name <addr>" or bare) */
const nameOf = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v)?.[1] ?? '').replace(/^"|"$/g, '');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  if (raw.includes(0x1b) && !m.enc.startsWith('jis') && !/ISO-2022-JP/i.test(raw.toString('latin1'))) fail(`${name}: stray ESC`);
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  if (!from) fail(`${name}: no From`);
  if ((from?.name ?? '') !== nameOf(m.from)) fail(`${name}: From name decodes to ${JSON.stringify(from?.name)}`);
  const text = norm(p.text ?? '');
  const html = typeof p.html === 'string' ? p.html : '';
  for (const s of [p.subject ?? '', text, html, from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
    if (s.includes('\u001b')) fail(`${name}: ESC left after decoding`);
  }
  if (m.text !== undefined) {
    if (!text.includes(norm(m.text).trimEnd())) fail(`${name}: decoded text differs from what was written`);
  } else if (m.html !== undefined) {
    const want = stripTags(m.html).trim().slice(0, 60);
    if (!stripTags(html).includes(want)) fail(`${name}: decoded HTML differs`);
  }
  if (m.caseId !== null) {
    const hay = `${p.subject ?? ''}\n${text}\n${html}`;
    if (!hay.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not found in the decoded message`);
  }
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# bv corpus labels (unmeasured set); see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('bv:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${encName(m)}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    await roundTrip(`${name} (${m.slug})`, m, raw);
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
    console.log(
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
    );
  }
}

await main();

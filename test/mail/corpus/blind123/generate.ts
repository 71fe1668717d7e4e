// Generates the dr set: node --import tsx test/mail/corpus/unmeasured/dr/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file numbers and names say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
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

const norm = (s: string): string => s.replace(/\r\n/g, '\n');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const fromV = p.from?.value[0];
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const wantName = (mm?.[1] ?? '').replace(/^"|"$/g, '');
  const wantAddr = mm?.[2] ?? m.from;
  if (!fromV || fromV.address !== wantAddr || (fromV.name ?? '') !== wantName) fail(`${name}: From decodes to ${JSON.stringify(fromV)}`);
  const text = norm(p.text ?? '');
  const html = norm(typeof p.html === 'string' ? p.html : '');
  if (m.text !== undefined) {
    for (const line of m.text.split('\n')) {
      const l = line.replace(/\s+$/, '');
      if (l && !text.includes(l)) fail(`${name}: body lost line ${JSON.stringify(l)}`);
    }
  }
  if (m.html !== undefined && !html.includes(m.html.trim())) fail(`${name}: html part does not round-trip`);
  const all = `${p.subject ?? ''}\n${text}\n${html}`;
  if (all.includes('\uFFFD')) fail(`${name}: replacement character after decoding`);
  if (all.includes('\x1b')) fail(`${name}: leftover ESC byte after decoding`);
  if (m.caseId !== null && !all.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} labelled but not in the message`);
  if (m.caseId === null && /(?<!\d)\d{10,13}(?!\d)/.test(all)) fail(`${name}: a 10-13 digit number is present but caseId is null`);
}

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
    if (!addrOf(m.from).length) fail(`${m.slug}: no From address`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# dr (unmeasured set) labels; see README.md.'];
  for (const [i, m] of all.entries()) {
    const enc = m.html !== undefined && m.text === undefined ? `${m.enc}html` : m.text !== undefined && m.html !== undefined ? `${m.enc}alt` : m.enc;
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${enc}-${hash(m.slug + 'name').toString(16).padStart(8, '0')}.eml`;
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
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log(`encodings: ${encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', ')}`);
  console.log(`html-only: ${count((m) => m.text === undefined)}  alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

await main();

// Generates set ag: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ag/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind. Stops on the
// first self-check that fails.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
import { EN1 } from './msgs-en.js';
import { EN2 } from './msgs-en2.js';

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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN1, ...EN2], 0x61670326);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();

const fail = (name: string, why: string): never => {
  throw new Error(`${name}: ${why}`);
};

/** display name and address of the first From mailbox as written in the spec */
function fromParts(v: string): { name: string; addr: string } {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  if (!mm) return { name: '', addr: v.trim() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), addr: mm[2] ?? '' };
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ag labels (see README.md). Written blind; do not tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha1').update('ag:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);

  // 1. trust / forUser from the bytes, by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted} (${m.slug})`);
  if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser} (${m.slug})`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(name, `subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const want = fromParts(m.from);
  const got = p.from?.value[0];
  if (!got || (got.address ?? '').toLowerCase() !== want.addr.toLowerCase()) fail(name, `From address ${got?.address}`);
  if ((got?.name ?? '') !== want.name) fail(name, `From name decodes to ${y(got?.name ?? '')}, wrote ${y(want.name)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(name, `text part does not round-trip (${m.slug})`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(name, `html part does not round-trip (${m.slug})`);
  for (const s of [p.subject ?? '', text, html, got?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(name, 'U+FFFD after decoding');
    if (s.includes('\x1b')) fail(name, 'leftover ESC after decoding');
  }
  // 3. case ID present when labelled, absent when null
  const hay = `${p.subject ?? ''}\n${text}\n${html}`;
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(name, `case ID ${m.caseId} not found in the decoded message`);
  if (m.caseId === null && /(?<!\d)\d{10,13}(?!\d)/.test(hay)) fail(name, 'labelled without a case ID but a 10-13 digit number is present');
  // 4. the To header parses to what we wrote
  const toAddrs = addrOf(m.to);
  if (!toAddrs.length) fail(name, 'no To address');

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
  console.log(
    `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF: ${count((m) => m.crlf === false)}`);

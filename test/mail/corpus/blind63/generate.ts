// Generates set bj: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bj/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const errors: string[] = [];
const fail = (msg: string): void => {
  errors.push(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
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

function firstAddr(a: AddressObject | AddressObject[] | undefined): { name: string; address: string } {
  const o = Array.isArray(a) ? a[0] : a;
  const v = o?.value[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
}

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subject = p.subject ?? '';
  if (subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(subject)}, wrote ${JSON.stringify(m.subject)}`);
  const from = firstAddr(p.from);
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (from.address !== wantAddr) fail(`${name}: From address decodes to ${from.address}, wrote ${wantAddr}`);
  if (from.name !== wantName) fail(`${name}: From name decodes to ${JSON.stringify(from.name)}, wrote ${JSON.stringify(wantName)}`);
  const text = typeof p.text === 'string' ? p.text : '';
  const htmlOut = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && m.text !== '' && !norm(text).includes(norm(m.text))) fail(`${name}: text body does not round-trip`);
  if (m.html !== undefined && !norm(htmlOut).includes(norm(m.html))) fail(`${name}: HTML body does not round-trip`);
  const decoded = [subject, from.name, text, htmlOut].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${name}: U+FFFD in decoded text`);
  if (decoded.includes('\u001b')) fail(`${name}: leftover ESC in decoded text`);
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${name}: labelled case ID ${m.caseId} not found in the decoded message`);
  if (m.caseId === null && /(?<![\d.])\d{10,13}(?![\d.])/.test(decoded)) fail(`${name}: a case-like number is present but the label says null`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set bj labels (unmeasured); see README.md.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update('bj:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but the bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but the bytes say ${!m.forUser}`);
    if (m.enc === 'ascii7' || m.enc === 'jis7') {
      for (const b of raw) if (b > 0x7f) fail(`${name}: 8-bit byte in a 7bit message`);
    }
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
  if (errors.length) throw new Error('self-checks failed:\n' + errors.join('\n'));
  writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
  if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
  if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
  if (errors.length) throw new Error('self-checks failed:\n' + errors.join('\n'));
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  empty body: ${count((m) => m.text === '')}  empty subject: ${count((m) => m.subject === '')}`);
}

await main();

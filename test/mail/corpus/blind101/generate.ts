// Generates the cv set: node --import tsx test/mail/corpus/unmeasured/cv/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
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

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...EN], 20260611);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

/** how the body travels, for the file name */
const encTag = (m: Msg): string => {
  const shape = m.text !== undefined && m.html !== undefined ? 'alt' : m.html !== undefined ? 'html' : '';
  return shape ? `${m.enc}_${shape}` : m.enc;
};

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\u301C/g, '\uFF5E').replace(/[ \t]+\n/g, '\n').replace(/\s+/g, ' ').trim();
const bodyText = (m: Msg): string => m.text ?? m.html ?? '';

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}, wrote ${JSON.stringify(m.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((from?.address ?? '').toLowerCase() !== wantAddr) fail(`${name}: From address ${from?.address} != ${wantAddr}`);
  if ((from?.name ?? '') !== wantName) fail(`${name}: From name ${JSON.stringify(from?.name)} != ${JSON.stringify(wantName)}`);
  const got = m.text !== undefined ? (p.text ?? '') : typeof p.html === 'string' ? p.html : '';
  if (!norm(got).includes(norm(bodyText(m)))) fail(`${name}: decoded body does not contain the written text`);
  for (const s of [p.subject ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : '', from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
    if (s.includes('\u001b')) fail(`${name}: ESC left after decoding`);
  }
  if (m.caseId !== null) {
    const decoded = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
    if (!decoded.includes(m.caseId)) fail(`${name}: labelled case ID ${m.caseId} not in the message`);
  }
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# cv (unmeasured set) labels; see README.md.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update('cv:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encTag(m)}-${h}.eml`;
    if (names.has(name)) fail(`duplicate file name ${name}`);
    names.add(name);
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    const lead = bodyText(m)
      .replace(/<[^>]*>/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('>') && !l.startsWith('<'))
      .slice(0, 3)
      .join(' ');
    if ((m.lang === 'ja') !== /[\u3040-\u30ff\u4e00-\u9fff]/.test(lead)) {
      fail(`${name} (${m.slug}): language label ${m.lang} disagrees with the first block of new text`);
    }
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
    const n = count((m) => m.kind === k);
    if (n < 12) fail(`${k}: only ${n} messages`);
    console.log(`  ${k.padEnd(22)} ${n} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)}, forUser=false ${count((m) => m.kind === k && !m.forUser)})`);
  }
  const encs = [...new Set(all.map(encTag))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => encTag(m) === e)}`).join(', '));
  if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
}

await main();

// Generates the eh set: node --import tsx test/mail/corpus/unmeasured/eh/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that file numbers and names say nothing about the kind. Stops on any failed check.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/\s+/g, '');
const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# eh (unmeasured) corpus labels; see README.md.'];
const names = new Set<string>();

for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  if (names.has(name)) fail(`duplicate name ${name}`);
  names.add(name);
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(`${name} (${m.slug}): From address decodes to ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${name} (${m.slug}): From name decodes to ${y(fromV?.name ?? '')}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  const all2 = `${text}\n${html}`;
  if (all2.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD in decoded body`);
  if (all2.includes('\u001b') || (p.subject ?? '').includes('\u001b')) fail(`${name} (${m.slug}): ESC left in decoded text`);
  if (m.text !== undefined) {
    if (!norm(text).includes(norm(m.text))) fail(`${name} (${m.slug}): decoded text does not contain the written text`);
  } else if (m.html !== undefined) {
    if (!norm(html).includes(norm(m.html))) fail(`${name} (${m.slug}): decoded html does not contain the written html`);
  }
  if (m.caseId !== null) {
    const hay = `${p.subject ?? ''}\n${all2}`;
    if (!hay.includes(m.caseId)) fail(`${name} (${m.slug}): labelled case ID ${m.caseId} not in the message`);
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

// summary for the README
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));

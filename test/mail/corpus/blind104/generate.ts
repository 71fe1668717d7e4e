// Generates the cy set: node --import tsx test/mail/corpus/unmeasured/cy/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that names and numbers say nothing about the kind. Stops on any
// self-check failure (trust/forUser re-derived from the bytes, case ID present,
// mailparser round trip).
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

const norm = (s: string): string => s.replace(/[\u301C\uFF5E]/g, '~').replace(/\s+/g, '');
const encName = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? `${m.enc}alt` : m.html !== undefined ? `${m.enc}html` : m.enc);

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# cy (unmeasured set) labels; see README.md and ../../LABELLING.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${encName(m)}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
  const from0 = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0];
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!from0 || from0.address?.toLowerCase() !== wantAddr || (wantName && from0.name !== wantName)) fail(`${m.slug}: From decodes to ${JSON.stringify(from0)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text differs\n${text}`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: decoded html differs\n${html}`);
  for (const s of [text, html, p.subject ?? '', from0?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded output`);
    if (s.includes('\x1b')) fail(`${m.slug}: ESC left in decoded output`);
  }
  if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId) && !(text + html + (p.subject ?? '')).includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in message`);
  if (m.caseId === null && /\[CASE \d+\]|CASE \d{10}/.test(p.subject ?? '')) fail(`${m.slug}: subject has a case ID but label is null`);
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
const encs = [...new Set(all.map(encName))].sort();
console.log(encs.map((e) => `${e}: ${count((m) => encName(m) === e)}`).join(', '));

// Generates set "ao" (time and memory):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/ao/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the hash is taken from the slug, so a file name never reveals the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
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

// normalise for "body contains the text": line ends, trailing blanks, the two JIS wave-dash/minus code points
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();

// slugs are unique per language; prefix the language so trace tokens differ too
const all: Msg[] = shuffle([...JA1, ...JA2, ...EN].map((m) => ({ ...m, slug: `${m.lang}-${m.slug}` })), 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ao (time and memory) labels; see README.md. Written blind; not for tuning.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha1').update('ao:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // the case ID must be present in the message when labelled
  const p = await simpleParser(raw);
  const bodyText = p.text ?? '';
  const bodyHtml = typeof p.html === 'string' ? p.html : '';
  const subj = p.subject ?? '';
  if (m.caseId !== null && !(subj + '\n' + bodyText + '\n' + bodyHtml).includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in decoded message`);
  // round trip: subject and From decode to what we wrote; body contains the text
  if (subj !== m.subject) fail(`${m.slug}: subject decodes to ${y(subj)}, wrote ${y(m.subject)}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address decodes to ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}, wrote ${y(wantName)}`);
  if (m.text !== undefined) {
    if (!norm(bodyText).includes(norm(m.text))) fail(`${m.slug}: decoded text differs from what was written`);
  } else if (m.html !== undefined) {
    if (!norm(bodyHtml).includes(norm(m.html))) fail(`${m.slug}: decoded HTML differs from what was written`);
  }
  for (const s of [subj, bodyText, bodyHtml, fromV?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (s.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
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
const count = (f: (x: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((x) => x.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((x) => x.lang === 'ja')}  en: ${count((x) => x.lang === 'en')}`);
console.log(`traps: ${count((x) => x.trap)}  untrusted: ${count((x) => !x.trusted)}  forUser=false: ${count((x) => !x.forUser)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((x) => x.kind === k)} (ja ${count((x) => x.kind === k && x.lang === 'ja')}, en ${count((x) => x.kind === k && x.lang === 'en')}, traps ${count((x) => x.kind === k && x.trap)}, untrusted ${count((x) => x.kind === k && !x.trusted)})`);
}
const encs = [...new Set(all.map((x) => x.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((x) => x.enc === e)}`).join(', '));
console.log(`html-only: ${count((x) => x.html !== undefined && x.text === undefined)}  multipart: ${count((x) => x.html !== undefined && x.text !== undefined)}  LF-only: ${count((x) => x.crlf === false)}`);

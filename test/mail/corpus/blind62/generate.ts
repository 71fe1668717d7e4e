// Generates the bi corpus: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bi/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle so that file numbers say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { fill } from './common.js';
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

const all = shuffle([...JA, ...EN].map(fill), 20260206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// ---- mix requirements of the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
if (kinds.length !== 9) fail(`expected 9 kinds, got ${kinds.length}`);
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

const norm = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

function displayName(from: string): { name: string; addr: string } {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(from.trim());
  if (!mm) return { name: '', addr: from.trim().toLowerCase() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), addr: (mm[2] ?? '').toLowerCase() };
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# bi: labels of a blind corpus (helpdesk-product voice); see README.md.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // round trip through mailparser
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromObj = p.from as AddressObject | undefined;
  const f0 = fromObj?.value[0];
  const want = displayName(m.from);
  if (!f0 || (f0.address ?? '').toLowerCase() !== want.addr || (f0.name ?? '') !== want.name) fail(`${name}: From decodes to ${y(JSON.stringify(f0))}, wrote ${y(m.from)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  const body = norm(text) + ' ' + norm(html);
  if (!body.includes(norm(m.probe))) fail(`${name} (${m.slug}): probe ${y(m.probe)} not found in the decoded body`);
  if (/\uFFFD/.test(text + html + (p.subject ?? '') + (f0?.name ?? ''))) fail(`${name}: U+FFFD after decoding`);
  if ((text + html + (p.subject ?? '')).includes('\u001b')) fail(`${name}: ESC left after decoding`);
  if (m.caseId !== null && !(p.subject ?? '').includes(m.caseId) && !body.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not in the message`);
  if (m.caseId === null && /\b1\d{9,12}\b/.test((p.subject ?? '') + ' ' + body)) fail(`${name}: a case-ID-like number appears but the label says null`);
  // the user's addresses must be where forUser says
  if (m.forUser && !addrOf([m.to, m.cc ?? ''].join(',')).length) fail(`${name}: no recipients`);

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
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(
    `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);

// Generates set ck: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ck/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle, so names and numbers say nothing about the kind.
// Every file is checked before it is written; any failed check stops the run.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { CASE } from './common.js';
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

/** the same character can come back as its JIS or its Microsoft code point */
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\u2015/g, '\u2014')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016');

const encName = (m: Msg): string => {
  const e = m.enc.replace('utf88bit', 'utf8bit');
  if (m.text !== undefined && m.html !== undefined) return `alt-${e}`;
  if (m.html !== undefined) return `html-${e}`;
  return e;
};

const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return (mm?.[1] ?? '').replace(/^"|"$/g, '');
};

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
const knownIds = Object.values(CASE) as string[];
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ck (unmeasured) labels; see README.md. Written blind; never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${encName(m)}-${h}.eml`;
  const raw = build(m);

  // 1. labels agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (norm(subj) !== norm(m.subject)) fail(`${m.slug}: subject decodes to ${y(subj)}, wrote ${y(m.subject)}`);
  const from = p.from?.value[0];
  if (!from || (from.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(`${m.slug}: From address decodes to ${from?.address}`);
  if (norm(from?.name ?? '') !== norm(displayName(m.from))) fail(`${m.slug}: From name decodes to ${y(from?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const text = norm(p.text ?? '');
  const html = norm(typeof p.html === 'string' ? p.html : '');
  const body = m.text !== undefined ? text : html;
  const want = norm(m.text ?? m.html ?? '');
  for (const line of want.split('\n')) {
    const l = line.trim();
    if (l && !body.includes(l)) fail(`${m.slug}: decoded body lacks ${y(l)}`);
  }
  if (m.text !== undefined && m.html !== undefined && !html.includes(norm(m.html).split('\n')[2] ?? '')) fail(`${m.slug}: html part not decoded`);
  for (const s of [subj, text, html, from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (s.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  }

  // 3. the case ID is in the message when labelled, and no known one when not
  const all3 = `${subj}\n${text}\n${html}`;
  if (m.caseId !== null && !all3.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
  if (m.caseId === null) for (const id of knownIds) if (all3.includes(id)) fail(`${m.slug}: labelled without case ID but contains ${id}`);

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
const encs = new Map<string, number>();
for (const m of all) encs.set(encName(m), (encs.get(encName(m)) ?? 0) + 1);
console.log([...encs.entries()].sort().map(([k, v]) => `${k}: ${v}`).join(', '));

// Generates set bf: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bf/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffled order, and stops on any self-check failure.
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

// wave dash / fullwidth tilde etc. may come back as either code point
const normJa = (s: string): string =>
  s.replace(/\r\n/g, '\n').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
/** NFKC (full-width digits → ASCII), then drop whitespace and hyphens, so a case ID written 1779-0431-8265 or １７７９… is found */
const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212]/g, '');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v)?.[1] ?? '').replace(/^"|"$/g, '');

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (/credly\./i.test(addrOf(m.from)[0] ?? '') && m.caseId !== null) fail(`${m.slug}: Credly mail must not carry a case ID label`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set bf labels (unmeasured); see README.md.'];
const names = new Set<string>();
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update('bf:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  if (names.has(name)) fail(`duplicate file name ${name}`);
  names.add(name);
  const raw = build(m);

  // 1. the guide's trust and forUser rules, re-derived from the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}, wrote ${JSON.stringify(m.subject)}`);
  const pf = p.from?.value[0];
  if ((pf?.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(`${name}: From address ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${name}: From name ${JSON.stringify(pf?.name)} vs ${JSON.stringify(displayName(m.from))}`);
  const ptext = normJa(p.text ?? '');
  const phtml = normJa(typeof p.html === 'string' ? p.html : '');
  for (const [label, s] of [['subject', p.subject ?? ''], ['text', ptext], ['html', phtml]] as const) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD in ${label}`);
    if (s.includes('\u001b')) fail(`${name}: ESC byte left in ${label}`);
  }
  const body = m.text !== undefined ? ptext : phtml;
  const src = normJa(m.text ?? m.html ?? '');
  for (const line of src.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (!body.includes(line)) fail(`${name}: decoded body lacks line ${JSON.stringify(line)}`);
  }

  // 3. the labelled case ID is present (subject, body or quote)
  if (m.caseId !== null) {
    const hay = squash(`${p.subject ?? ''}\n${ptext}\n${phtml}`);
    if (!hay.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not found in the message`);
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
  console.log(
    `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}`);

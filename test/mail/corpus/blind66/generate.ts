// Generates the bm corpus: node --import tsx test/mail/corpus/unmeasured/bm/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffled order, after checking every label against the bytes it wrote.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// whitespace-free comparison: mailers may rewrap or re-indent lines
const squash = (s: string): string => s.replace(/\s+/g, '').replace(/\uFF5E/g, '\u301C');
const stripTags = (s: string): string =>
  s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.split(/,(?![^<]*>)/)[0]?.trim() ?? '')?.[1] ?? '').replace(/^"|"$/g, '');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# bm corpus labels (unmeasured set); see README.md.'];
for (const [i, m] of all.entries()) {
  const tag = (hash(m.slug + '#bm') >>> 0).toString(16).padStart(8, '0').slice(0, 6);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${tag}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // round trip through mailparser
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
  const fromV = p.from?.value[0];
  if (!fromV || fromV.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`${m.slug}: From address decodes to ${fromV?.address}`);
  if ((fromV?.name ?? '') !== displayName(m.from)) fail(`${m.slug}: From name decodes to ${JSON.stringify(fromV?.name)} not ${JSON.stringify(displayName(m.from))}`);
  const gotText = p.text ?? '';
  const gotHtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !squash(gotText).includes(squash(m.text))) fail(`${m.slug}: text body does not round-trip`);
  if (m.html !== undefined && !squash(gotHtml).includes(squash(m.html)) && !squash(stripTags(gotHtml)).includes(squash(stripTags(m.html)))) fail(`${m.slug}: html body does not round-trip`);
  const everything = `${p.subject ?? ''}\n${gotText}\n${gotHtml}`;
  if (everything.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${m.slug}: ESC byte left after decoding`);
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the message`);
  if (m.caseId === null && /\[CASE \d+\]|\b1\d{9,12}\b/.test(everything)) fail(`${m.slug}: labelled without case ID but one is present`);

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
console.log('  encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`  html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}`);

// Generates the cq set: node --import tsx test/mail/corpus/unmeasured/cq/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { JA3 } from './msgs-ja3.js';
import { ROMAJI } from './msgs-romaji.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...ROMAJI, ...EN], 20260309);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

// ISO-2022-JP decoders may return the Microsoft code points for the wave dash, minus and double bar
const nl = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const jaChars = /[\u3040-\u30ff\u4e00-\u9fff]/;

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# cq labels (unmeasured set); see README.md.'];
for (const [i, m] of all.entries()) {
  const hash = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash}.eml`;
  const raw = build(m);

  // 1. trust and forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!fromV || (fromV.address ?? '').toLowerCase() !== wantAddr || (fromV.name ?? '') !== wantName) fail(`${m.slug}: From decodes to ${y(JSON.stringify(fromV))}`);
  const text = nl(p.text ?? '');
  const html = nl(typeof p.html === 'string' ? p.html : '');
  if (m.text !== undefined && !text.includes(nl(m.text.trimEnd()))) fail(`${m.slug}: decoded text does not contain the written text`);
  if (m.text === undefined && m.html !== undefined && !squash(html).includes(squash(m.html).slice(0, 200))) fail(`${m.slug}: decoded html does not contain the written html`);
  const decoded = `${p.subject ?? ''}\n${text}\n${html}`;
  if (decoded.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
  if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);

  // 3. case ID present when labelled, absent when null
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null && /(?<![\d-])\d{10,13}(?![\d-])/.test(decoded)) fail(`${m.slug}: labelled without case ID but carries a 10-13 digit number`);

  // 4. language sanity: ja messages in Japanese script carry kana/kanji; romaji ones are ASCII
  const newText = m.text ?? m.html ?? '';
  if (m.lang === 'ja' && !jaChars.test(newText) && !/\b(desu|masu|kudasai|shimasu|arigatou|rashii|suru|shita)\b/.test(newText)) fail(`${m.slug}: ja label but neither Japanese script nor romaji`);

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
const romaji = new Set(ROMAJI.map((m) => m.slug));
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')} (romaji ${romaji.size})  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(
    `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && romaji.has(m.slug))} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} | ${count((m) => m.kind === k && !m.forUser)} |`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.text === undefined)}, multipart ${count((m) => m.text !== undefined && m.html !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);

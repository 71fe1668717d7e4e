// Generates the fu set (bilingual Japanese/English mail), unmeasured:
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/fu/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a fixed
// shuffle and the hash is of the slug, so file names say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// ---- mix requirements of the brief (stop when the set drifts)
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
if (all.length < 120 || all.length > 140) fail(`size ${all.length} outside 120-140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} fewer than 12`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const JP = /[\u3040-\u30ff\u4e00-\u9fff]/;
const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+/g, ' ');
const htmlText = (h: string): string => h.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fu (unmeasured): bilingual Japanese/English mail. Labels follow LABELLING.md; see README.md.'];
const encCount = new Map<string, number>();

for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash(m.slug).toString(16).padStart(8, '0')}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // voice: every message carries both languages
  const src = (m.text ?? '') + '\n' + (m.html ? htmlText(m.html) : '');
  if (!JP.test(src) || !/[A-Za-z]{4,}/.test(src)) fail(`${m.slug}: not bilingual`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
  const pf = p.from?.value[0];
  if ((pf?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${m.slug}: From address ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${m.slug}: From name ${JSON.stringify(pf?.name)} vs ${JSON.stringify(displayName(m.from))}`);
  const ptext = norm(p.text ?? '');
  const phtml = norm(typeof p.html === 'string' ? p.html : '');
  const check = (body: string, got: string, what: string): void => {
    for (const line of norm(body).split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (!got.includes(line)) fail(`${m.slug}: ${what} misses ${JSON.stringify(line)}`);
    }
  };
  if (m.text !== undefined) check(m.text, ptext, 'text');
  if (m.html !== undefined) check(m.html, phtml, 'html');
  const everything = `${p.subject}\n${pf?.name ?? ''}\n${p.text ?? ''}\n${phtml}`;
  if (everything.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
  if (m.caseId === null && /(CASE|ケース|Case|case)\s*(ID|番号|number)?\s*[:#]?\s*\d{10,13}/.test(everything)) fail(`${m.slug}: carries a case ID but is labelled null`);
  if (m.lang === 'ja' && !JP.test(m.text ?? m.html ?? '')) fail(`${m.slug}: ja without Japanese`);

  writeFileSync(join(here, name), raw);
  encCount.set(m.enc, (encCount.get(m.enc) ?? 0) + 1);
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

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
console.log('encodings: ' + [...encCount.entries()].sort().map(([e, n]) => `${e} ${n}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF: ${count((m) => m.crlf === false)}`);

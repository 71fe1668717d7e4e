// Generates set ae: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ae/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle, so neither number nor name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA_MERGE } from './msgs-ja-merge.js';
import { JA_OTHER } from './msgs-ja-other.js';
import { EN_MERGE } from './msgs-en-merge.js';
import { EN_OTHER } from './msgs-en-other.js';

const here = dirname(fileURLToPath(import.meta.url));

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

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

const all: Msg[] = shuffle([...JA_MERGE, ...JA_OTHER, ...EN_MERGE, ...EN_OTHER], 20270121);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

// text as a mail reader would compare it: LF, no trailing blanks, JIS/Microsoft variants folded
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .trim();
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
};

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ae labels (see README.md). Written blind; do not tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv('ae:' + m.slug).toString(16).padStart(8, '0').slice(0, 6)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // mailparser round trip
    const p = await simpleParser(raw);
    const fail = (why: string): never => {
      throw new Error(`${name} (${m.slug}): ${why}`);
    };
    if ((p.subject ?? '') !== m.subject) fail(`subject decodes to ${y(p.subject ?? '')}`);
    const pf = p.from?.value[0];
    if (!pf || pf.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`From address decodes to ${y(pf?.address ?? '')}`);
    if ((pf?.name ?? '') !== displayName(m.from)) fail(`From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
    const ptext = norm(p.text ?? '');
    const phtml = norm(typeof p.html === 'string' ? p.html : '');
    if (m.text !== undefined && !ptext.includes(norm(m.text))) fail('decoded text part does not contain the written text');
    if (m.html !== undefined && !phtml.includes(norm(m.html))) fail('decoded html part does not contain the written html');
    const everything = [p.subject ?? '', pf?.name ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : ''].join('\n');
    if (everything.includes('\uFFFD')) fail('U+FFFD after decoding');
    if (everything.includes('\u001b')) fail('leftover ESC after decoding');
    if (m.caseId !== null && !everything.includes(m.caseId)) fail(`case ID ${m.caseId} not found in the decoded message`);
    if (m.caseId === null && /(?<![\d-])\d{10,13}(?![\d-])/.test(everything)) fail('labelled without a case ID but a case-like number is present');

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
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

await main();

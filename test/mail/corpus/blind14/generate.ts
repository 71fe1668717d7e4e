// Generates held-out set m: cd /work/main && node --import tsx test/mail/corpus/heldout/m/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the names carry no kind. Every file is checked against its label (trust and
// forUser re-derived from the bytes, case ID present, mailparser round trip) before it is kept.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { CASE } from './common.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
import { JA_C } from './msgs-ja-c.js';
import { EN_A } from './msgs-en-a.js';
import { EN_B } from './msgs-en-b.js';

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
  console.error('SELF-CHECK FAILED: ' + msg);
  process.exit(1);
};

// the same character can come back as its JIS or its Microsoft code point; compare loosely
const norm = (s: string): string =>
  s
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\u2212/g, '\uFF0D')
    .replace(/\u2016/g, '\u2225')
    .replace(/\u00A0/g, ' ')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...JA_C, ...EN_A, ...EN_B], 20260306);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const allCaseIds = Object.values(CASE) as string[];

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Held-out corpus m labels; see README.md. Never tune certmerge on this set.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const h = (hash(m.slug) >>> 0).toString(16).padStart(8, '0').slice(0, 6);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    if (names.has(name)) fail(`duplicate name ${name}`);
    names.add(name);
    const raw = build(m);

    // 1. the guide's trust / forUser rules applied to the bytes must agree with the label
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (!raw.includes(Buffer.from('\r\n\r\n')) && !raw.includes(Buffer.from('\n\n'))) fail(`${name}: no header/body separator`);

    // 2. mailparser round trip
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}, wrote ${JSON.stringify(m.subject)}`);
    const pf = p.from?.value[0];
    const fromAddr = addrOf(m.from)[0] ?? '';
    const fromName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((pf?.address ?? '').toLowerCase() !== fromAddr) fail(`${name}: From address ${pf?.address} != ${fromAddr}`);
    if ((pf?.name ?? '') !== fromName) fail(`${name}: From name ${JSON.stringify(pf?.name)} != ${JSON.stringify(fromName)}`);
    const text = typeof p.text === 'string' ? p.text : '';
    const html = typeof p.html === 'string' ? p.html : '';
    for (const [what, s] of [['subject', p.subject ?? ''], ['text', text], ['html', html]] as const) {
      if (s.includes('\uFFFD')) fail(`${name}: U+FFFD in ${what}`);
      if (s.includes('\u001b')) fail(`${name}: ESC left in ${what}`);
    }
    if (m.text !== undefined) {
      const got = norm(text);
      for (const line of m.text.split('\n')) {
        const l = norm(line);
        if (l && !got.includes(l)) fail(`${name}: text part lacks line ${JSON.stringify(line)}`);
      }
    }
    if (m.html !== undefined) {
      const got = norm(html);
      for (const line of m.html.split('\n')) {
        const l = norm(line);
        if (l && !got.includes(l)) fail(`${name}: html part lacks line ${JSON.stringify(line)}`);
      }
    }

    // 3. the case ID is present when labelled, and no known case ID hides in a null-labelled message
    const hay = `${p.subject ?? ''}\n${text}\n${html}`;
    if (m.caseId !== null && !hay.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not found in the decoded message`);
    if (m.caseId === null) for (const c of allCaseIds) if (hay.includes(c)) fail(`${name}: labelled null but contains case ${c}`);
    if (m.caseId !== null) for (const c of allCaseIds) if (c !== m.caseId && hay.includes(c) && !/duplicat|重複|other|重ねて/i.test(hay)) fail(`${name}: contains a second case ID ${c}`);

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
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates unmeasured set v: cd /work/main && node --import tsx test/mail/corpus/unmeasured/v/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, deterministically.
// Stops on the first self-check failure.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
import { JA_C } from './msgs-ja-c.js';
import { JA_D } from './msgs-ja-d.js';
import { JA_E } from './msgs-ja-e.js';
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

// characters that ISO-2022-JP / Shift_JIS round trips may map to a sibling code point
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/[\uFF5E\u301C]/g, '~')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\u2225\u2016]/g, '|')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');

const fail = (name: string, why: string): never => {
  throw new Error(`${name}: ${why}`);
};

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA_A, ...JA_B, ...JA_C, ...JA_D, ...JA_E, ...EN], 20261206);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set v labels (unmeasured); see README.md. Never tune certmerge on this set.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update('v:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    if (names.has(name)) fail(name, 'duplicate file name');
    names.add(name);
    const raw = build(m);
    if (!build(m).equals(raw)) fail(name, 'build is not deterministic');

    // 1. trust and forUser re-derived from the bytes by the guide's rules
    if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // 2. mailparser round trip
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) fail(name, `subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const fromAddr = addrOf(m.from)[0] ?? '';
    const fromName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    const pf = p.from?.value[0];
    if (!pf || (pf.address ?? '').toLowerCase() !== fromAddr) fail(name, `From address decodes to ${pf?.address}`);
    if ((pf?.name ?? '') !== fromName) fail(name, `From name decodes to ${y(pf?.name ?? '')}, wrote ${y(fromName)}`);
    const ptext = typeof p.text === 'string' ? p.text : '';
    const phtml = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(name, 'decoded text/plain does not contain the written text');
    if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(name, 'decoded text/html does not contain the written HTML');
    for (const [what, s] of [['subject', p.subject ?? ''], ['text', ptext], ['html', phtml]] as const) {
      if (s.includes('\uFFFD')) fail(name, `U+FFFD in decoded ${what}`);
      if (s.includes('\x1b')) fail(name, `ESC byte left in decoded ${what}`);
    }

    // 3. the labelled case ID is really in the message; unlabelled mail carries none
    const decoded = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
    if (m.caseId !== null && !decoded.includes(m.caseId)) fail(name, `case ID ${m.caseId} not found in the decoded message`);
    if (m.caseId === null && /(?<![\w-])\d{10,13}(?![\w-])/.test(decoded)) fail(name, 'caseId null but a 10-13 digit number appears');

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
      `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} | ${count((m) => m.kind === k && !m.forUser)} |`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

await main();

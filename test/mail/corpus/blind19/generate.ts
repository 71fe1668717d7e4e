// Generates the unmeasured/r corpus: cd /work/main && node --import tsx test/mail/corpus/unmeasured/r/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, deterministically.
// The order is a fixed shuffle and the hash is of the slug, so a file name never reveals the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { ALL_CASE_IDS } from './common.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
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

const fail = (name: string, why: string): never => {
  throw new Error(`${name}: ${why}`);
};
const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
};

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA_A, ...JA_B, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(m.slug, 'duplicate slug');
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(m.slug, `bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# unmeasured/r labels (to become a held-out set); see README.md. Never tune certmerge on this set.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha1').update('r/' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    // 1. trust / forUser re-derived from the bytes by the guide's rules
    if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted} (${m.slug})`);
    if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser} (${m.slug})`);
    // 2. mailparser round trip
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) fail(name, `subject decodes to ${JSON.stringify(p.subject)} (${m.slug})`);
    const pf = p.from?.value[0];
    const wantAddr = addrOf(m.from)[0];
    if (!pf || (pf.address ?? '').toLowerCase() !== wantAddr) fail(name, `From address decodes to ${pf?.address} (${m.slug})`);
    if ((pf?.name ?? '') !== displayName(m.from)) fail(name, `From name decodes to ${JSON.stringify(pf?.name)}, wrote ${JSON.stringify(displayName(m.from))} (${m.slug})`);
    const ptext = p.text ?? '';
    const phtml = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(name, `parsed text does not contain the body (${m.slug})`);
    if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(name, `parsed html does not contain the body (${m.slug})`);
    const all3 = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
    if (all3.includes('\uFFFD')) fail(name, `U+FFFD after decoding (${m.slug})`);
    if (all3.includes('\x1b')) fail(name, `leftover ESC after decoding (${m.slug})`);
    // 3. the case ID is in the message when labelled; no known case ID when labelled null
    if (m.caseId !== null && !all3.includes(m.caseId)) fail(name, `case ID ${m.caseId} not found in the decoded message (${m.slug})`);
    if (m.caseId === null) for (const c of ALL_CASE_IDS) if (all3.includes(c)) fail(name, `labelled without case ID but contains ${c} (${m.slug})`);
    if (m.caseId !== null) for (const c of ALL_CASE_IDS) if (c !== m.caseId && all3.includes(c)) fail(name, `contains a second case ID ${c}; say which one in the note (${m.slug})`);
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
    console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
  const auths = [...new Set(all.map((m) => m.auth))].sort();
  console.log('auth shapes: ' + auths.map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
}

await main();

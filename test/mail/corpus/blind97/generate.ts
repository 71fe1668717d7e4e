// Generates the cr set: node --import tsx test/mail/corpus/unmeasured/cr/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle; names never reveal the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { ALL_CASES } from './common.js';
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
const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').trim();

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const fromAddr = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0];
  if (!fromAddr || fromAddr.address?.toLowerCase() !== wantAddr) fail(`${name}: From address decodes to ${fromAddr?.address}`);
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromAddr?.name ?? '') !== wantName) fail(`${name}: From name decodes to ${JSON.stringify(fromAddr?.name)} not ${JSON.stringify(wantName)}`);
  const text = p.text ?? '';
  const htmlOut = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && norm(text) !== norm(m.text)) fail(`${name}: text part does not round-trip`);
  if (m.html !== undefined && !norm(htmlOut).includes(norm(m.html))) fail(`${name}: html part does not round-trip`);
  for (const s of [p.subject ?? '', text, htmlOut, fromAddr?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name}: replacement character after decoding`);
    if (s.includes('\x1b')) fail(`${name}: leftover ESC after decoding`);
  }
  const all = `${p.subject ?? ''}\n${text}\n${htmlOut}`;
  if (m.caseId !== null && !all.includes(m.caseId)) fail(`${name}: labelled case ID ${m.caseId} not found in the decoded message`);
  // every known case ID that appears must be the labelled one (or, for a duplicate, mentioned next to it)
  const seen = ALL_CASES.filter((c) => all.includes(c));
  if (m.caseId === null && seen.length) fail(`${name}: case ID ${seen.join(',')} present but label is null`);
}

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20260311);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# cr (unmeasured set) labels; see README.md.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update('cr:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    await roundTrip(`${name} (${m.slug})`, m, raw);
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
    const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
    console.log(`  ${k.padEnd(22)} ${c(() => true)} (ja ${c((m) => m.lang === 'ja')}, en ${c((m) => m.lang === 'en')}, traps ${c((m) => m.trap)}, untrusted ${c((m) => !m.trusted)}, forUser=false ${c((m) => !m.forUser)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

await main();

// Generates set bg: node --import tsx test/mail/corpus/unmeasured/bg/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
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

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  if (flat(p.subject ?? '') !== flat(m.subject)) fail(`subject decodes to ${JSON.stringify(p.subject)}`);
  const f = p.from?.value[0];
  if (!f || (f.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`From address decodes to ${JSON.stringify(f?.address)}`);
  if ((f?.name ?? '') !== displayName(m.from)) fail(`From name decodes to ${JSON.stringify(f?.name)}`);
  const text = norm(typeof p.text === 'string' ? p.text : '');
  const htmlOut = typeof p.html === 'string' ? norm(p.html) : '';
  if (m.text !== undefined && !text.includes(norm(m.text))) fail('decoded text does not contain the written text');
  if (m.text === undefined && m.html !== undefined && !htmlOut.includes(norm(m.html))) fail('decoded html does not contain the written html');
  const all = `${p.subject ?? ''}\n${f?.name ?? ''}\n${text}\n${htmlOut}`;
  if (all.includes('\uFFFD')) fail('replacement character after decoding');
  if (all.includes('\u001b')) fail('leftover ESC after decoding');
  if (m.caseId !== null && !all.includes(m.caseId)) fail(`case ID ${m.caseId} not found in the decoded message`);
}

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set bg labels (long-lived threads, a merge a year later); see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('bg:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
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
    console.log(
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

await main();

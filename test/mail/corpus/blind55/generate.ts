// Generates corpus set bb: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bb/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

/** display name of the first From address as written in the spec */
function fromName(v: string): string {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
}
const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').trim();

async function verify(name: string, m: Msg, raw: Buffer): Promise<void> {
  if (checkTrusted(raw) !== m.trusted) fail(`${name}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const p = await simpleParser(raw);
  const subject = p.subject ?? '';
  if (subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(subject)}, wrote ${JSON.stringify(m.subject)}`);
  const fromObj: AddressObject | undefined = Array.isArray(p.from) ? p.from[0] : p.from;
  const f = fromObj?.value[0];
  if (!f) fail(`${name}: no From after parsing`);
  if ((f?.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(`${name}: From address decodes to ${f?.address}`);
  if ((f?.name ?? '') !== fromName(m.from)) fail(`${name}: From name decodes to ${JSON.stringify(f?.name)}, wrote ${JSON.stringify(fromName(m.from))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${name}: decoded text part does not contain the written text`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${name}: decoded HTML part does not contain the written HTML`);
  const everything = subject + '\n' + text + '\n' + html + '\n' + (f?.name ?? '');
  if (everything.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
  if (everything.includes('\u001b')) fail(`${name}: ESC left after decoding`);
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${name}: labelled case ID ${m.caseId} not found in the decoded message`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set bb labels (unmeasured); see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('bb:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    await verify(`${name} (${m.slug})`, m, raw);
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
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
  const auths = [...new Set(all.map((m) => m.auth))].sort();
  console.log('auth: ' + auths.map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

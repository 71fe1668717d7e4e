// Generates the unmeasured set "co":
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/co/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
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

/** the display name and address we wrote in From */
function fromParts(v: string): { name: string; address: string } {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  if (!mm) return { name: '', address: v.trim() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: mm[2] ?? '' };
}

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\u00a0/g, ' ');
const jisNorm = (s: string): string => s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
const htmlText = (h: string): string =>
  h
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (jisNorm(subj) !== jisNorm(m.subject)) fail(`${name}: subject decodes to ${JSON.stringify(subj)}`);
  const want = fromParts(m.from);
  const got = p.from?.value[0];
  if (!got || (got.address ?? '').toLowerCase() !== want.address.toLowerCase()) fail(`${name}: From address ${JSON.stringify(got?.address)}`);
  if (jisNorm(got?.name ?? '') !== jisNorm(want.name)) fail(`${name}: From name ${JSON.stringify(got?.name)} != ${JSON.stringify(want.name)}`);
  const text = jisNorm(norm(p.text ?? ''));
  const html = jisNorm(norm(typeof p.html === 'string' ? p.html : ''));
  for (const [label, s] of [['text', text], ['html', html], ['subject', subj]] as const) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD in ${label}`);
    if (s.includes('\u001b')) fail(`${name}: ESC left in ${label}`);
  }
  if (m.text !== undefined) {
    for (const line of m.text.split('\n')) {
      const l = jisNorm(line.trim());
      if (l && !text.includes(l)) fail(`${name}: decoded text lacks line ${JSON.stringify(l)}`);
    }
  }
  if (m.html !== undefined) {
    if (!html.includes(jisNorm(norm(m.html)).trim())) fail(`${name}: decoded html differs from what was written`);
  }
  if (m.caseId !== null) {
    const hay = `${subj}\n${text}\n${htmlText(html)}`;
    if (!hay.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not in the decoded message`);
  }
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Unmeasured set "co" labels; see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('co:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but the bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but the bytes say ${!m.forUser}`);
    if (addrOf(m.from).length !== 1) fail(`${name}: From must hold one address`);
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
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)}, !forUser ${count((m) => m.kind === k && !m.forUser)})`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

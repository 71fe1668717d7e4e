// Generates the dj set: node --import tsx test/mail/corpus/unmeasured/dj/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle, so a file name never says what kind of message it holds.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
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

const norm = (x: string): string =>
  x.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\s+/g, ' ').trim();
const unHtml = (x: string): string =>
  x.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  if (norm(p.subject ?? '') !== norm(m.subject)) fail(`subject decodes to ${JSON.stringify(p.subject)}`);
  const f = p.from?.value[0];
  const want = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const wantAddr = want ? want[2] : m.from;
  const wantName = want ? (want[1] ?? '').replace(/^"|"$/g, '') : '';
  if ((f?.address ?? '') !== wantAddr) fail(`From address ${f?.address}`);
  if (norm(f?.name ?? '') !== norm(wantName)) fail(`From name ${JSON.stringify(f?.name)}`);
  const body = norm(p.text ?? '') + ' ' + norm(unHtml(typeof p.html === 'string' ? p.html : ''));
  const src = m.text ?? unHtml(m.html ?? '');
  for (const line of src.split('\n').map(norm).filter((l) => l.length > 3).slice(0, 4)) {
    if (!body.includes(line)) fail(`body lacks ${JSON.stringify(line)}`);
  }
  const all = `${p.subject ?? ''}${p.text ?? ''}${typeof p.html === 'string' ? p.html : ''}${f?.name ?? ''}`;
  if (all.includes('\uFFFD')) fail('U+FFFD after decoding');
  if (all.includes('\u001b')) fail('ESC byte left after decoding');
  if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId) && !all.includes(m.caseId)) fail(`case ID ${m.caseId} missing`);
}

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20260907);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
    if (m.kind === 'unrelated' && !m.trusted && addrOf(m.from).length === 0) throw new Error(`${m.slug}: no From address`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# dj (unmeasured set) labels; see README.md.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update('dj:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
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
    console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
}

await main();

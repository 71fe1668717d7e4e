// Generates the bk corpus: node --import tsx test/mail/corpus/unmeasured/bk/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, and names carry only the language and the wire encoding, never the kind.
// Every label is checked against the written bytes before the run may finish.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { EN, RESENT } from './msgs-en.js';

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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN, ...RESENT], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const shape = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? '-alt' : m.text === undefined ? '-html' : '');

/** what the From header should decode to */
function expectedFrom(v: string): { name: string; address: string } {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  if (!mm) return { name: '', address: v.trim().toLowerCase() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() };
}

const squash = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\s+$/, '');
const bad = (s: string): boolean => s.includes('\uFFFD') || s.includes('\u001b');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subject = p.subject ?? '';
  if (subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(subject)}, wrote ${JSON.stringify(m.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  const want = expectedFrom(m.from);
  if (!from || (from.address ?? '').toLowerCase() !== want.address || (from.name ?? '') !== want.name)
    fail(`${name}: From decodes to ${JSON.stringify(from)}, wrote ${JSON.stringify(want)}`);
  const text = typeof p.text === 'string' ? p.text : '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && squash(text) !== squash(m.text)) fail(`${name}: text part does not decode to what was written`);
  if (m.html !== undefined && squash(html) !== squash(m.html)) fail(`${name}: html part does not decode to what was written`);
  for (const s of [subject, from?.name ?? '', text, html]) if (bad(s)) fail(`${name}: U+FFFD or ESC left after decoding`);
  if (m.caseId !== null && ![subject, text, html].some((s) => s.includes(m.caseId ?? '')))
    fail(`${name}: labelled case ID ${m.caseId} not found in subject or body`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# bk corpus labels (unmeasured set); see README.md. Never tune certmerge on this set.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = hash('bk/' + m.slug).toString(16).padStart(8, '0').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}${shape(m)}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but the bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but the bytes say ${!m.forUser}`);
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
  const encs = [...new Set(all.map((m) => m.enc + shape(m)))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc + shape(m) === e)}`).join(', '));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

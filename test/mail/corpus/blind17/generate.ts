// Generates held-out set p: node --import tsx test/mail/corpus/heldout/p/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle, so file numbers and names say nothing about the kind.
// Every label is checked against the written bytes; any failure stops the run.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

// JIS round trips may turn a wave dash / minus / double bar into the Microsoft code point
const normChars = (x: string): string => x.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
const normBody = (x: string): string =>
  normChars(x)
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();
const htmlText = (h: string): string =>
  h
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20260317);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Held-out set p labels; see README.md. Never tune certmerge on this set.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update('p:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    if (names.has(name)) fail(`duplicate file name ${name}`);
    names.add(name);
    const raw = build(m);
    // deterministic bytes
    if (!build(m).equals(raw)) fail(`${name}: build is not deterministic`);
    // guide's trust / forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${name}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const fromV = p.from?.value[0];
    const wroteAddr = addrOf(m.from)[0] ?? '';
    const wroteName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((fromV?.address ?? '').toLowerCase() !== wroteAddr) fail(`${name}: From address ${fromV?.address} != ${wroteAddr}`);
    if ((fromV?.name ?? '') !== wroteName) fail(`${name}: From name ${y(fromV?.name ?? '')} != ${y(wroteName)}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !normBody(text).includes(normBody(m.text))) fail(`${name}: decoded text does not contain the written text`);
    if (m.html !== undefined && !htmlText(normChars(html)).includes(htmlText(normChars(m.html)))) fail(`${name}: decoded html does not contain the written html`);
    for (const [what, s] of [['subject', p.subject ?? ''], ['text', text], ['html', html]] as const) {
      if (s.includes('\uFFFD')) fail(`${name}: U+FFFD in decoded ${what}`);
      if (s.includes('\u001b')) fail(`${name}: leftover ESC in decoded ${what}`);
    }
    // the labelled case ID must be visible in the decoded message; and no other label when absent
    const visible = `${p.subject ?? ''}\n${text}\n${html}`;
    if (m.caseId !== null && !visible.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not in the message`);
    if (m.caseId === null && /\b1[67]\d{8,11}\b/.test(visible)) fail(`${name}: labelled without case ID but one appears`);
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
  const labelText = labels.join('\n') + '\n';
  writeFileSync(join(here, 'labels.yaml'), labelText);
  if (readFileSync(join(here, 'labels.yaml'), 'utf8') !== labelText) fail('labels.yaml did not round-trip');

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
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
  const ja = count((m) => m.lang === 'ja');
  if (ja / all.length < 0.55) fail(`only ${ja}/${all.length} Japanese`);
  for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
  if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

// Generates unmeasured set t: node --import tsx test/mail/corpus/unmeasured/t/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle (names never reveal the kind). Stops on any failed self-check.
import { readdirSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Unmeasured set t labels; see README.md. Never tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const raw = build(m);
    const h = createHash('sha1').update(m.slug).digest('hex').slice(0, 8);
    const shape = m.text !== undefined && m.html !== undefined ? '-mp' : m.html !== undefined ? '-html' : '';
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}${shape}-${h}.eml`;
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const fromAddr = p.from?.value[0];
    const wantAddr = addrOf(m.from)[0];
    if ((fromAddr?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${fromAddr?.address}`);
    const wantName = /^(.*?)\s*</.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
    if ((fromAddr?.name ?? '') !== wantName) fail(`${m.slug}: From name ${y(fromAddr?.name ?? '')} != ${y(wantName)}`);
    const gotText = p.text ?? '';
    const gotHtml = typeof p.html === 'string' ? p.html : '';
    for (const s of [p.subject ?? '', gotText, gotHtml, fromAddr?.name ?? '']) {
      if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
      if (s.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
    }
    const body = norm(m.text !== undefined ? gotText : gotHtml);
    const want = norm(m.text ?? m.html ?? '');
    if (!body.includes(want)) fail(`${m.slug}: decoded body does not contain the written text`);
    if (m.caseId !== null) {
      const hay = `${p.subject ?? ''}\n${gotText}\n${gotHtml}`;
      if (!hay.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
    }

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
  // sanity: the labels file lists every written file
  const written = readdirSync(here).filter((f) => f.endsWith('.eml')).length;
  if (written !== all.length) fail(`wrote ${written} files for ${all.length} messages`);
  void readFileSync;

  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((x) => `${x} ${count((m) => m.enc === x)}`).join(', '));
  console.log(`html-only ${count((m) => m.text === undefined)}, multipart ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

await main();

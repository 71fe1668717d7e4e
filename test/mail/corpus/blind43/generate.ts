// Generates set ap: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ap/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { domainToASCII, fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, addrOf, type Msg } from './lib.js';
import { JA_REAL } from './msgs-ja-real.js';
import { JA_ATTACK } from './msgs-ja-attack.js';
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

const all: Msg[] = shuffle([...JA_REAL, ...JA_ATTACK, ...EN], 20260407);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/\s+/g, '');
const stripTags = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ap labels (attackers and the genuine mail that looks like them); see README.md.'];

async function main(): Promise<void> {
  for (const [i, m] of all.entries()) {
    const h = createHash('sha1').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (raw.includes(Buffer.from('\n\n\n\n\n'))) fail(`${name}: odd blank run`);

    // round trip through mailparser
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const pf = p.from?.value[0];
    const wantAddr = addrOf(m.from)[0] ?? '';
    // mailparser shows IDN domains in Unicode; compare in punycode
    const gotAddr = (pf?.address ?? '').toLowerCase().replace(/@(.*)$/, (_x: string, dom: string) => '@' + domainToASCII(dom));
    if (gotAddr !== wantAddr) fail(`${name}: From address ${pf?.address} != ${wantAddr}`);
    const wantName = (/^(.*?)\s*<[^<>]*>\s*$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((pf?.name ?? '') !== wantName) fail(`${name} (${m.slug}): From name ${y(pf?.name ?? '')} != ${y(wantName)}`);
    const bodyText = (p.text ?? '') + '\n' + stripTags(typeof p.html === 'string' ? p.html : '');
    if (bodyText.includes('\uFFFD') || (p.subject ?? '').includes('\uFFFD') || (pf?.name ?? '').includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
    if (bodyText.includes('\u001b') || (p.subject ?? '').includes('\u001b')) fail(`${name}: leftover ESC`);
    const src = m.text ?? stripTags(m.html ?? '');
    const probe = norm(src).slice(0, 60);
    const probeEnd = norm(src).slice(-40);
    if (!norm(bodyText).includes(probe)) fail(`${name} (${m.slug}): body start not found after decoding: ${probe}`);
    if (!norm(bodyText).includes(probeEnd)) fail(`${name} (${m.slug}): body end not found after decoding: ${probeEnd}`);
    if (m.caseId !== null) {
      const hay = (p.subject ?? '') + '\n' + bodyText;
      if (!hay.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not in the decoded message`);
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
  console.log(`html-only: ${count((m) => !m.text && !!m.html)}  multipart/alternative: ${count((m) => !!m.text && !!m.html)}  attachment: ${count((m) => !!m.attach)}  LF: ${count((m) => m.crlf === false)}`);
}

await main();

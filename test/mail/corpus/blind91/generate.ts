// Generates the unmeasured set `cl`:
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/cl/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle so file numbers and names say nothing about the kind.
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

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const stripTags = (s: string): string =>
  s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
};
/** lines of the message's own text, long enough to be distinctive */
const probes = (m: Msg): string[] => {
  const body = m.text ?? stripTags(m.html ?? '');
  return body
    .split('\n')
    .map((l) => norm(l))
    .filter((l) => l.length >= 12 && !l.startsWith('>'))
    .slice(0, 3);
};

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Labels of the unmeasured set cl (machine translation and localisation voice); see README.md.'];
  for (let i = 0; i < all.length; i++) {
    const m = all[i] as Msg;
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
    const from = (p.from as AddressObject | undefined)?.value[0];
    if (!from || (from.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(`${name} (${m.slug}): From address decodes to ${y(from?.address ?? '')}`);
    if ((from?.name ?? '') !== displayName(m.from)) fail(`${name} (${m.slug}): From name decodes to ${y(from?.name ?? '')}, wrote ${y(displayName(m.from))}`);
    const decoded = m.text !== undefined ? (p.text ?? '') : typeof p.html === 'string' ? p.html : '';
    const flat = norm(m.text !== undefined ? decoded : stripTags(decoded));
    for (const pr of probes(m)) if (!flat.includes(pr)) fail(`${name} (${m.slug}): body lacks ${y(pr)}`);
    if (probes(m).length === 0) fail(`${name} (${m.slug}): no probe line`);
    const everything = (p.subject ?? '') + '\n' + (p.text ?? '') + '\n' + (typeof p.html === 'string' ? p.html : '');
    if (everything.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD after decoding`);
    if (everything.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC after decoding`);
    if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not in the decoded message`);
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
  console.log('  encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`  html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
}

await main();

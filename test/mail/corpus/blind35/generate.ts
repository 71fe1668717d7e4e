// Generates set ah: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ah/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order
// is a fixed shuffle, so file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA_A, JA_B } from './msgs-ja.js';
import { JA_C, JA_D } from './msgs-ja2.js';
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

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...JA_C, ...JA_D, ...EN], 20260219);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

// characters ISO-2022-JP / Shift_JIS decoders may map to either code point
const norm = (x: string): string =>
  x
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/\uFFE3/g, '\u203E')
    .trim();

function displayName(v: string): string {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
}

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw, { keepCidLinks: true, skipTextToHtml: true });
  const fail = (why: string): never => {
    throw new Error(`${name}: mailparser round trip: ${why}`);
  };
  if (norm(p.subject ?? '') !== norm(m.subject)) fail(`subject ${JSON.stringify(p.subject)} != ${JSON.stringify(m.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  if ((from?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`from address ${from?.address}`);
  if (norm(from?.name ?? '') !== norm(displayName(m.from))) fail(`from name ${JSON.stringify(from?.name)} != ${JSON.stringify(displayName(m.from))}`);
  const pieces = [p.subject ?? '', p.text ?? '', typeof p.html === 'string' ? p.html : '', from?.name ?? ''];
  for (const s of pieces) {
    if (s.includes('\uFFFD')) fail('U+FFFD in decoded output');
    if (s.includes('\x1b')) fail('leftover ESC in decoded output');
  }
  if (m.text !== undefined && !norm(p.text ?? '').includes(norm(m.text))) fail(`text part does not contain what was written`);
  if (m.html !== undefined) {
    const h = typeof p.html === 'string' ? p.html : '';
    if (!norm(h).includes(norm(m.html))) fail('html part does not contain what was written');
  }
  if (m.probe && !norm(p.text ?? '').includes(m.probe) && !norm(typeof p.html === 'string' ? p.html : '').includes(m.probe)) fail(`probe ${m.probe} missing`);
  const wantAtt = (m.inline?.length ?? 0) + (m.attach?.length ?? 0);
  if (p.attachments.length !== wantAtt) fail(`attachments ${p.attachments.length} != ${wantAtt}`);
  for (const a of m.attach ?? []) if (!p.attachments.some((x) => x.filename === a.name)) fail(`attachment name ${a.name} did not decode`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ah labels; see README.md. Written blind; never tune certmerge on this set.'];
const short = (s: string): string => createHash('sha1').update('ah:' + s).digest('hex').slice(0, 8);
const wireEnc = (m: Msg): string => (m.html !== undefined && m.text === undefined ? (m.htmlEnc ?? m.enc) : m.enc);

let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${wireEnc(m)}-${short(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId !== null) {
    // the ID must be findable in the decoded message (subject, text or HTML)
    const p = await simpleParser(raw, { keepCidLinks: true, skipTextToHtml: true });
    const hay = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
    if (!hay.includes(m.caseId)) throw new Error(`${name} (${m.slug}): labelled case ID ${m.caseId} not in the message`);
  }
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
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = new Map<string, number>();
for (const m of all) encs.set(wireEnc(m), (encs.get(wireEnc(m)) ?? 0) + 1);
console.log('encodings:', [...encs].sort().map(([k, v]) => `${k} ${v}`).join(', '));
const shape = (m: Msg): string => (m.attach?.length ? 'mixed+' : '') + (m.inline?.length ? 'related+' : '') + (m.text !== undefined && m.html !== undefined ? 'alternative' : m.html !== undefined ? 'html-only' : 'text-only');
const shapes = new Map<string, number>();
for (const m of all) shapes.set(shape(m), (shapes.get(shape(m)) ?? 0) + 1);
console.log('shapes:', [...shapes].sort().map(([k, v]) => `${k} ${v}`).join(', '));

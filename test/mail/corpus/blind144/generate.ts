// Generates set em (reported and indirect speech):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/em/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The
// order is a fixed shuffle, so file numbers and names say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

/** a probe string from the body as written: first non-empty line of the text (or of the HTML with tags removed) */
function probe(m: Msg): { s: string; inHtml: boolean } {
  if (m.text !== undefined) {
    const line = m.text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
    return { s: line.slice(0, 40), inHtml: false };
  }
  const stripped = (m.html ?? '').replace(/<[^>]*>/g, '\n');
  const line = stripped.split('\n').map((l) => l.trim()).find((l) => l.length > 0 && !l.startsWith('<!')) ?? '';
  return { s: line.slice(0, 40), inHtml: true };
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set em (reported and indirect speech), unmeasured. See README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${(hash(m.slug) >>> 0).toString(16).padStart(8, '0').slice(0, 8)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const parsed = await simpleParser(raw);
  if (parsed.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(parsed.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = parsed.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  if ((pf?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${pf?.address} != ${wantAddr}`);
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((pf?.name ?? '') !== wantName) fail(`${m.slug}: From name ${y(pf?.name ?? '')} != ${y(wantName)}`);
  const text = parsed.text ?? '';
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  const all2 = `${parsed.subject ?? ''}\n${text}\n${html}`;
  const p = probe(m);
  if (!(p.inHtml ? html : text).includes(p.s)) fail(`${m.slug}: body does not contain ${y(p.s)}`);
  if (all2.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
  if (all2.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  if (m.caseId !== null && !all2.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
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
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} | ${count((m) => m.kind === k && !m.forUser)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart: ${count((m) => m.html !== undefined && m.text !== undefined)}`);

// Generates set ed: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ed/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const encName: Record<Msg['enc'], string> = {
  ascii7: 'ascii',
  utf8qp: 'utf8qp',
  utf8b64: 'utf8b64',
  utf88bit: 'utf8bit',
  jis7: 'jis',
  jisb64: 'jisb64',
  sjis8: 'sjis',
  sjisb64: 'sjisb64',
};

const norm = (s: string): string => s.replace(/\r/g, '').replace(/\s+/g, ' ').trim();
const stripTags = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ed labels (unmeasured); see README.md.'];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName[m.enc]}-${(hash(m.slug + 'ed') % 0xffffff).toString(16).padStart(6, '0')}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const bodyAll = (m.text ?? '') + (m.html ?? '') + m.subject;
  if (m.caseId !== null && !bodyAll.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in subject/body`);
  if (m.caseId === null && /\b1[78]\d{8,11}\b/.test(bodyAll)) throw new Error(`${m.slug}: labelled without case ID but one is present`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) throw new Error(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0];
  if (!fromV || fromV.address !== wantAddr) throw new Error(`${m.slug}: From address decodes to ${fromV?.address}`);
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (wantName && fromV.name !== wantName) throw new Error(`${m.slug}: From name decodes to ${y(fromV.name)}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) throw new Error(`${m.slug}: text part does not round-trip`);
  if (m.html !== undefined) {
    const probe = norm(stripTags(m.html)).slice(0, 40);
    if (!norm(stripTags(phtml)).includes(probe)) throw new Error(`${m.slug}: html part does not round-trip (${probe})`);
  }
  const decoded = ptext + phtml + (p.subject ?? '') + (fromV.name ?? '');
  if (decoded.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
  if (decoded.includes('\u001b')) throw new Error(`${m.slug}: ESC left after decoding`);
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
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart ${count((m) => m.html !== undefined && m.text !== undefined)}, LF ${count((m) => m.crlf === false)}`);

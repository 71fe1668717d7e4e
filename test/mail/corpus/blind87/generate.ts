// Generates set ch: node --import tsx test/mail/corpus/unmeasured/ch/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.normalize('NFKC').replace(/[\u301C\uFF5E\u2212\uFF0D]/g, '-').replace(/\s+/g, '');
const stripTags = (s: string): string =>
  s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const encName = (m: Msg): string => (m.text === undefined ? 'html-' : m.html !== undefined ? 'alt-' : '') + m.enc;

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ch labels (unmeasured); see README.md.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName(m)}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) throw new Error(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
  const fromName = /^(.*?)\s*</.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
  const gotFrom = p.from?.value[0];
  if ((gotFrom?.name ?? '') !== fromName) throw new Error(`${name} (${m.slug}): From name decodes to ${y(gotFrom?.name ?? '')}, wrote ${y(fromName)}`);
  const body = (p.text ?? '') + '\n' + (typeof p.html === 'string' ? stripTags(p.html) : '');
  const want = m.text ?? stripTags(m.html ?? '');
  const nb = norm(body);
  const nw = norm(want);
  if (!nb.includes(nw.slice(0, 60)) || !nb.includes(nw.slice(-60))) throw new Error(`${name} (${m.slug}): body text not found after decoding`);
  if (body.includes('\uFFFD') || (p.subject ?? '').includes('\uFFFD')) throw new Error(`${name} (${m.slug}): U+FFFD after decoding`);
  if (body.includes('\u001b') || (p.subject ?? '').includes('\u001b')) throw new Error(`${name} (${m.slug}): ESC left after decoding`);
  if (m.caseId !== null && !(p.subject ?? '').includes(m.caseId) && !body.includes(m.caseId)) throw new Error(`${name} (${m.slug}): case ID ${m.caseId} not in the message`);
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
    `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`,
  );
}
const encs = [...new Set(all.map(encName))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => encName(m) === e)}`).join(', '));

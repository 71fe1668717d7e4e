// Generates the ds set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ds/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};
const squash = (s: string): string => s.replace(/\s+/g, '');
const stripTags = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&ndash;/g, '\u2013').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# ds (unmeasured set) labels; see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('ds:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // round trip through mailparser
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fm = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const fromV = (p.from as AddressObject | undefined)?.value[0];
  if (!fm || !fromV) fail(`${m.slug}: no From`);
  else if ((fromV.name ?? '') !== fm[1]?.replace(/^"|"$/g, '') || fromV.address !== fm[2]) fail(`${m.slug}: From decodes to ${y(fromV.name ?? '')} <${fromV.address}>`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  for (const [label, s] of [['subject', p.subject ?? ''], ['text', text], ['html', html]] as const) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in ${label}`);
    if (s.includes('\x1b')) fail(`${m.slug}: ESC left in ${label}`);
  }
  if (m.text !== undefined) {
    if (!squash(text).includes(squash(m.text))) fail(`${m.slug}: decoded text does not contain the written text`);
  } else if (m.html !== undefined) {
    if (!squash(html).includes(squash(m.html))) fail(`${m.slug}: decoded html does not contain the written html`);
  }
  const visible = `${p.subject ?? ''}\n${text}\n${stripTags(html)}`;
  if (m.caseId !== null && !visible.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
  if (m.caseId === null && /(?<![\d-])\d{10,13}(?![\d-])/.test(visible)) fail(`${m.slug}: labelled without case ID but a case-like number is present`);
  if (m.caseId !== null) {
    const ids = new Set(visible.match(/(?<![\d-])\d{10,13}(?![\d-])/g) ?? []);
    ids.delete(m.caseId);
    for (const id of ids) if (!/dup|dupcases/.test(m.slug) && id !== '1790034512' && id !== '1779901399') fail(`${m.slug}: extra case-like number ${id}`);
  }
  if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(m.text ?? m.html ?? '')) fail(`${m.slug}: ja without Japanese script`);

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
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);

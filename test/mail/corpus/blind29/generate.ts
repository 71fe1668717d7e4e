// Generates set ab (unmeasured): node --import tsx test/mail/corpus/unmeasured/ab/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither number nor name says anything about the kind. Stops on any
// self-check failure. Never tune certmerge on this set.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { C } from './common.js';
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
  console.error('SELF-CHECK FAILED: ' + msg);
  process.exit(1);
};

const all: Msg[] = shuffle([...JA, ...EN], 0x0ab2026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const knownIds = [...Object.values(C), '1771180224'];

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = [
  '# Set ab labels (Status: unmeasured). See README.md. Never tune certmerge on this set.',
];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha1').update('ab:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  // 1. trust / forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address decodes to ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}, want ${y(wantName)}`);
  const text = p.text ?? '';
  const htm = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text does not contain the written text`);
  if (m.html !== undefined && !norm(htm).includes(norm(m.html).slice(0, 400))) fail(`${m.slug}: decoded html does not contain the written html`);
  for (const [what, s] of [['subject', p.subject ?? ''], ['text', text], ['html', htm], ['from', fromV?.name ?? '']] as const) {
    if (s.includes('\ufffd')) fail(`${m.slug}: U+FFFD in ${what}`);
    if (s.includes('\u001b')) fail(`${m.slug}: leftover ESC in ${what}`);
  }
  // 3. case ID present when labelled, absent when not
  const hay = `${p.subject ?? ''}\n${text}\n${htm}`;
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(`${m.slug}: labelled case ID ${m.caseId} not found in the message`);
  if (m.caseId === null) for (const id of knownIds) if (hay.includes(id)) fail(`${m.slug}: carries case ID ${id} but is labelled null`);
  // 4. label sanity
  if (m.kind !== 'unrelated' && !m.trusted && m.note.length < 10) fail(`${m.slug}: untrusted needs a note`);
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
const encs = new Map<string, number>();
for (const m of all) {
  const k = `${m.enc}${m.text !== undefined && m.html !== undefined ? '+alt' : m.html !== undefined ? '+htmlonly' : ''}`;
  encs.set(k, (encs.get(k) ?? 0) + 1);
}
console.log([...encs.entries()].sort().map(([k, v]) => `${k}: ${v}`).join(', '));

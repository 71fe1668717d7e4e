// Generates set ax: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ax/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle
// so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { C } from './common.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';

// case IDs of the set (a message may mention a second case, e.g. a duplicate) and the forgeries' own numbers
const ALLOWED_OTHER_IDS: Record<string, string> = { ...C, f1: '1770311842', f2: '1770399120', f3: '1781199004416', f4: '1775506132' };

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

// characters that ISO-2022-JP round-trips to a different code point
const norm = (x: string): string =>
  x.replace(/\r/g, '').replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/[ \t]+\n/g, '\n').trim();
const encTag = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? `${m.enc}-alt` : m.html !== undefined ? `${m.enc}-html` : m.enc);

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ax labels (unmeasured blind set, voice: third parties who sound like support); see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('ax:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${encTag(m)}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
  const fv = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!fv || fv.address?.toLowerCase() !== wantAddr || (fv.name ?? '') !== wantName) fail(`${m.slug}: From decodes to ${y(JSON.stringify(fv))}`);
  const gotText = norm(p.text ?? '');
  const gotHtml = norm(typeof p.html === 'string' ? p.html : '');
  if (m.text !== undefined && !gotText.includes(norm(m.text))) fail(`${m.slug}: text body does not round-trip`);
  if (m.html !== undefined && !gotHtml.includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
  const blob = [p.subject ?? '', p.text ?? '', gotHtml, fv?.name ?? ''].join('\n');
  if (blob.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (blob.includes('\u001b')) fail(`${m.slug}: ESC left after decoding`);
  if (m.caseId !== null && !blob.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
  // no other 10-13 digit run that could be mistaken for a case ID
  for (const run of blob.match(/(?<!\d)\d{10,13}(?!\d)/g) ?? []) {
    if (run !== m.caseId && !Object.values(ALLOWED_OTHER_IDS).includes(run)) fail(`${m.slug}: stray ID-like number ${run}`);
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
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = new Map<string, number>();
for (const m of all) encs.set(encTag(m), (encs.get(encTag(m)) ?? 0) + 1);
console.log('encodings/shapes: ' + [...encs.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', '));

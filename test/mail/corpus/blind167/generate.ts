// Generates the fj corpus: cd /work/main && node --import tsx test/mail/corpus/unmeasured/fj/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the name carries no kind. Every self-check below stops the run on failure.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
import { JA3 } from './msgs-ja-3.js';
import { EN1 } from './msgs-en-1.js';
import { EN2 } from './msgs-en-2.js';

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

const fail = (msg: string): never => {
  console.error(`SELF-CHECK FAILED: ${msg}`);
  process.exit(1);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN1, ...EN2], 20261207);
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];

// ---- spec-level checks
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (!KINDS.includes(m.kind)) fail(`${m.slug}: unknown kind ${m.kind}`);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (!m.note || m.note.includes('\n')) fail(`${m.slug}: note must be one line`);
  const body = m.text ?? m.html ?? '';
  const hasKana = /[\u3040-\u30ff]/.test(body);
  if (m.lang === 'ja' && !hasKana) fail(`${m.slug}: labelled ja but the body has no kana`);
  if (m.lang === 'en' && /[\u3040-\u30ff]/.test(body.split(/\n(?:On .* wrote:|-----Original Message-----|> |---------- 元のメッセージ|_{20,})/)[0] ?? '')) fail(`${m.slug}: labelled en but the new text has kana`);
  if (m.kind !== 'unrelated' && /credly\.com>?$/.test(m.from) && m.caseId !== null) fail(`${m.slug}: Credly mail carries no case ID`);
}

const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const n = all.length;
const ja = count((m) => m.lang === 'ja');
if (n < 120 || n > 140) fail(`size ${n} not about 130`);
if (ja / n < 0.55) fail(`Japanese share ${ja}/${n} below 55%`);
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
const untrusted = count((m) => !m.trusted);
if (untrusted < 16 || untrusted > 25) fail(`untrusted ${untrusted} not about 20`);
if (count((m) => !m.forUser) < 3) fail('fewer than 3 forUser: false');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.split(/,(?![^<]*>)/)[0]?.trim() ?? '')?.[1] ?? '').replace(/^"|"$/g, '');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fj (unmeasured set) labels; see README.md. Written blind from the labelling guide.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);

  // trust / forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || pf.address !== addrOf(m.from)[0]) fail(`${name} (${m.slug}): From address decodes to ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${name} (${m.slug}): From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${name} (${m.slug}): decoded text does not contain the text written`);
  if (m.html !== undefined && !squash(phtml).includes(squash(m.html))) fail(`${name} (${m.slug}): decoded HTML does not contain the HTML written`);
  for (const [what, v] of [['subject', p.subject ?? ''], ['from', pf?.name ?? ''], ['text', ptext], ['html', phtml]] as const) {
    if (v.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD in decoded ${what}`);
    if (v.includes('\x1b')) fail(`${name} (${m.slug}): leftover ESC in decoded ${what}`);
  }
  // case ID present when labelled; none when null
  const visible = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
  if (m.caseId !== null && !visible.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not in the message`);
  if (m.caseId === null && /(?<![\d-])\d{10,13}(?![\d-])/.test(visible)) fail(`${name} (${m.slug}): labelled without case ID but a 10-13 digit number is present`);

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
console.log(`messages: ${n}  ja: ${ja}  en: ${n - ja}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${untrusted}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
console.log('all self-checks passed');

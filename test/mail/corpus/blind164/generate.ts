// Generates the fg set: node --import tsx test/mail/corpus/unmeasured/fg/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
// Every label is checked against the written bytes before anything is written; any
// failed check stops the run.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Kind, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (xorshift32 driven Fisher-Yates)
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const k = Math.floor(next() * (i + 1));
    const x = a[i] as T;
    a[i] = a[k] as T;
    a[k] = x;
  }
  return a;
}

const fail = (msg: string): never => {
  throw new Error(`fg self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 0x2026f9);
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];

// ---- set-level checks (the brief's size and mix)
{
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (!m.slug.startsWith(m.lang + '-')) fail(`${m.slug}: slug/lang mismatch`);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
    if (!m.note || m.note.includes('\n')) fail(`${m.slug}: note must be one line`);
  }
  const ja = all.filter((m) => m.lang === 'ja').length;
  if (ja / all.length < 0.55) fail(`Japanese share ${ja}/${all.length} below 55%`);
  for (const k of KINDS) if (all.filter((m) => m.kind === k).length < 12) fail(`kind ${k} has fewer than 12 messages`);
  if (all.filter((m) => m.trap).length < 35) fail('fewer than 35 traps');
  if (all.filter((m) => !m.forUser).length < 3) fail('fewer than 3 forUser:false');
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const stripHtml = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
};
/** the phrase the parsed body must contain: the message's probe, else its first line of 6+ characters not quoted */
const probeOf = (m: Msg): string => {
  if (m.probe) return m.probe;
  const src = m.text ?? stripHtml(m.html ?? '');
  const line = src.split('\n').map((l) => l.trim()).find((l) => l.length >= 6 && !l.startsWith('>'));
  if (!line) fail(`${m.slug}: no probe line`);
  return line as string;
};

const files: Array<{ name: string; raw: Buffer; m: Msg }> = [];
for (const [i, m] of all.entries()) {
  const tag = (hash(`fg:${m.slug}`) >>> 0).toString(16).padStart(8, '0').slice(0, 6);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${tag}.eml`;
  const raw = build(m);

  // 1. trusted / forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted}, bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser}, bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${JSON.stringify(p.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  if ((from?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${name} (${m.slug}): From address decodes to ${from?.address}`);
  if ((from?.name ?? '') !== displayName(m.from)) fail(`${name} (${m.slug}): From name decodes to ${JSON.stringify(from?.name)}`);
  const body = m.text !== undefined ? (p.text ?? '') : stripHtml(typeof p.html === 'string' ? p.html : '');
  const probe = probeOf(m);
  if (!norm(body).includes(norm(probe))) fail(`${name} (${m.slug}): parsed body lacks ${JSON.stringify(probe)}`);
  for (const [what, s] of [['subject', p.subject ?? ''], ['text', p.text ?? ''], ['html', typeof p.html === 'string' ? p.html : '']] as const) {
    if (s.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD in ${what}`);
    if (s.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC in ${what}`);
  }
  if (m.text !== undefined && m.html !== undefined && !p.html) fail(`${name} (${m.slug}): multipart lost its HTML part`);

  // 3. the case ID is present when labelled, and a labelled-null message carries none of our case IDs
  const everything = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not found in the message`);
  if (m.caseId === null && /\b1[78]\d{8,11}\b/.test(everything)) fail(`${name} (${m.slug}): labelled without case ID but one is present`);

  // 4. 7bit parts really are 7bit; ISO-2022-JP lines end in ASCII
  if (m.enc === 'jis7' || m.enc === 'ascii7') {
    const bodyStart = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
    for (let j = bodyStart; j < raw.length; j++) if ((raw[j] as number) > 0x7f) fail(`${name} (${m.slug}): 8-bit byte in a 7bit body`);
  }
  files.push({ name, raw, m });
}

// ---- all checks passed: write the set
for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fg (unmeasured): labels for the subject-line set; see README.md. Labels follow test/mail/corpus/LABELLING.md.'];
for (const { name, raw, m } of files) {
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

// ---- summary for the README
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of KINDS) {
  const f = (g: (m: Msg) => boolean): number => count((m) => m.kind === k && g(m));
  console.log(`| ${k} | ${f(() => true)} | ${f((m) => m.lang === 'ja')} | ${f((m) => m.lang === 'en')} | ${f((m) => m.trap)} | ${f((m) => !m.trusted)} |`);
}
console.log(`| **all** | **${all.length}** | **${count((m) => m.lang === 'ja')}** | **${count((m) => m.lang === 'en')}** | **${count((m) => m.trap)}** | **${count((m) => !m.trusted)}** |`);
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
const digest = createHash('sha256');
for (const { name, raw } of files) digest.update(name).update(raw);
console.log(`set digest: ${digest.digest('hex')}`);

// Generates the fm set: node --import tsx test/mail/corpus/unmeasured/fm/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
// Every message is checked against its label and decoded again before the run succeeds.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

// JIS X 0208 round trips may pick the other code point for these; same character on the wire
const normChars = (s: string): string => s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
const norm = (s: string): string =>
  normChars(s)
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test((m.text ?? '') + (m.html ?? ''))) fail(`${m.slug}: ja without Japanese`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fm set labels (unmeasured); see README.md. Labels follow test/mail/corpus/LABELLING.md.'];
const names = new Set<string>();

async function main(): Promise<void> {
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update('fm:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    if (names.has(name)) fail(`name clash ${name}`);
    names.add(name);
    const raw = build(m);

    // 1. trust and delivery re-derived from the bytes
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // 2. mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const fromV = p.from?.value[0];
    const wantAddr = addrOf(m.from)[0] ?? '';
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${fromV?.address}`);
    if ((fromV?.name ?? '') !== wantName) fail(`${m.slug}: From name ${JSON.stringify(fromV?.name)} want ${JSON.stringify(wantName)}`);
    const text = typeof p.text === 'string' ? p.text : '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: text body does not round-trip\n--- got\n${text}\n--- want\n${m.text}`);
    if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
    for (const [what, v] of [['subject', p.subject ?? ''], ['text', text], ['html', html], ['from', fromV?.name ?? '']] as const) {
      if (v.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in ${what}`);
      if (v.includes('\u001b')) fail(`${m.slug}: ESC left in ${what}`);
    }

    // 3. the labelled case ID is in the decoded message; an unlabelled message carries none
    const content = `${p.subject ?? ''}\n${text}\n${html}`;
    if (m.caseId !== null && !content.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
    if (m.caseId === null && /(?<!\d)\d{10,13}(?!\d)/.test(content)) fail(`${m.slug}: unlabelled message carries a case-ID-like number`);

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

  // 4. the mix the brief asks for
  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
  const n = all.length;
  const ja = count((m) => m.lang === 'ja');
  if (n < 120 || n > 140) fail(`size ${n} outside 120-140`);
  if (ja / n < 0.55) fail(`only ${ja}/${n} Japanese`);
  for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} under 12`);
  if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

  console.log(`messages: ${n}  ja: ${ja}  en: ${n - ja}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  console.log('| kind | total | ja | en | traps | untrusted |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const k of kinds) {
    const f = (m: Msg): boolean => m.kind === k;
    console.log(`| ${k} | ${count(f)} | ${count((m) => f(m) && m.lang === 'ja')} | ${count((m) => f(m) && m.lang === 'en')} | ${count((m) => f(m) && m.trap)} | ${count((m) => f(m) && !m.trusted)} |`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

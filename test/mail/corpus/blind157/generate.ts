// Generates set ez: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ez/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order, so that neither the number nor the name says anything about the kind.
// Every label is checked against the written bytes before anything is kept.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
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

const fnv = (s: string): string => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
};

const fail = (msg: string): never => {
  throw new Error(`self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.slug.split('-')[0] !== m.lang) fail(`${m.slug}: slug language differs from label`);
}

const norm = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** a few lines of the new text that must come back out of the parser */
function probes(m: Msg): string[] {
  const src = norm(m.text ?? m.html ?? '');
  const lines = (m.text ?? m.html ?? '')
    .split('\n')
    .map((l) => norm(l))
    .filter((l) => l.length >= 6 && !l.startsWith('>'));
  const picked = [lines[0], lines[Math.floor(lines.length / 2)], lines[lines.length - 1]].filter((x): x is string => !!x);
  if (!picked.length) fail(`${m.slug}: no probe text`);
  for (const p of picked) if (!src.includes(p)) fail(`${m.slug}: probe not in source`);
  return picked;
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ez (unmeasured): labels; see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
    const raw = build(m);
    // trust and delivery from the bytes, by the guide's rules
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // parse round trip
    const parsed = await simpleParser(raw);
    if ((parsed.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(parsed.subject ?? '')}`);
    const fromV = parsed.from?.value[0];
    const wantAddr = addrOf(m.from)[0] ?? '';
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address decodes to ${fromV?.address}`);
    if ((fromV?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}`);
    const body = norm(`${parsed.text ?? ''} ${typeof parsed.html === 'string' ? parsed.html : ''}`);
    for (const p of probes(m)) if (!body.includes(p)) fail(`${m.slug}: body lacks ${y(p)}`);
    const decoded = `${parsed.subject ?? ''}\n${parsed.text ?? ''}\n${typeof parsed.html === 'string' ? parsed.html : ''}\n${fromV?.name ?? ''}`;
    if (decoded.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
    if (decoded.includes('\u001b')) fail(`${m.slug}: ESC byte left after decoding`);
    // the case ID must be in the message when labelled, and absent when not
    const ids: string[] = decoded.match(/(?<!\d)1[78]\d{8,11}(?!\d)/g) ?? [];
    if (m.caseId !== null && !ids.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
    if (m.caseId === null && ids.length) fail(`${m.slug}: labelled without case ID but contains ${ids.join(',')}`);
    if (m.kind === 'badges_transferred' && /credly\.com>?$/i.test(wantAddr) && m.caseId !== null) fail(`${m.slug}: Credly mail with a case ID`);
    if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(parsed.text ?? norm(String(parsed.html ?? '')))) fail(`${m.slug}: labelled ja without Japanese text`);
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
  // mix required by the brief
  if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
  for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} fewer than 12 times`);
  if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  console.log('| kind | total | ja | en | traps | untrusted |');
  for (const k of kinds) {
    console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

await main();

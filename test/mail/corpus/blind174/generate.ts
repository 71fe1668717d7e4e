// Generates the fq set: node --import tsx test/mail/corpus/unmeasured/fq/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file numbers and names say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
import { JA_C } from './msgs-ja-c.js';
import { EN_A } from './msgs-en-a.js';
import { EN_B } from './msgs-en-b.js';

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

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...JA_C, ...EN_A, ...EN_B], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\s+/g, ' ').trim();
const stripHtml = (s: string): string =>
  s.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** length of the message's own words: English words, or Japanese characters / 2 */
function wordsOf(m: Msg): number {
  const body = m.text ?? stripHtml(m.html ?? '');
  if (m.lang === 'en') return body.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  const cjk = (body.match(/[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]/g) ?? []).length;
  const latin = body.replace(/[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]/g, ' ').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.round(cjk / 2) + latin;
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# fq (unmeasured set) labels; see README.md. Labels follow test/mail/corpus/LABELLING.md.'];
  const lengths: number[] = [];
  const short: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const h = createHash('sha256').update('fq:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    const w = wordsOf(m);
    if (w < 300 || w > 1500) short.push(`${m.slug}: ${w}`);
    lengths.push(w);

    // mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
    const fromObj = p.from as AddressObject | undefined;
    const fromAddr = fromObj?.value[0]?.address ?? '';
    if (fromAddr.toLowerCase() !== (addrOf(m.from)[0] ?? '').toLowerCase()) fail(`${m.slug}: From address decodes to ${fromAddr}`);
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((fromObj?.value[0]?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${y(fromObj?.value[0]?.name ?? '')}`);
    const decoded = [p.text ?? '', typeof p.html === 'string' ? p.html : ''].join('\n');
    if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded body`);
    if (decoded.includes('\u001b')) fail(`${m.slug}: ESC left in decoded body`);
    const src = m.text ?? m.html ?? '';
    const probeLines = src.split('\n').map((l) => l.trim()).filter((l) => l.length >= 12 && !/[<>&"]/.test(l));
    const probes = [probeLines[0], probeLines[Math.floor(probeLines.length / 2)], probeLines[probeLines.length - 1]].filter((x): x is string => !!x);
    const hay = norm(m.text !== undefined ? (p.text ?? '') : stripHtml(typeof p.html === 'string' ? p.html : ''));
    for (const pr of probes) if (!hay.includes(norm(pr))) fail(`${m.slug}: decoded body lacks ${y(pr)}`);
    if (m.caseId !== null) {
      const all2 = `${p.subject ?? ''}\n${decoded}`;
      if (!all2.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in decoded message`);
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
  if (short.length) fail(`length outside 300..1500 words:\n${short.join('\n')}`);

  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`shapes: html-only ${count((m) => m.text === undefined)}, multipart/alternative ${count((m) => m.text !== undefined && m.html !== undefined)}, LF-only ${count((m) => m.crlf === false)}, resent ${count((m) => !!m.resent)}`);
  const sorted = lengths.slice().sort((a, b) => a - b);
  console.log(`length (words; ja chars/2): min ${sorted[0]} median ${sorted[Math.floor(sorted.length / 2)]} max ${sorted[sorted.length - 1]}`);
  if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
  for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} below 12`);
  if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

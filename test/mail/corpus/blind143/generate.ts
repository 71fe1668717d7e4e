// Generates set el: cd /work/main && node --import tsx test/mail/corpus/unmeasured/el/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle so file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
import { EN } from './msgs-en.js';

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
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20260407);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');
const stripTags = (h: string): string => h.replace(/<[^>]+>/g, '\n').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const probe = (s: string): string => {
  const line = s
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length >= 6 && !l.startsWith('>'));
  return line ?? fail(`no probe line in ${s.slice(0, 40)}`);
};

async function main(): Promise<void> {
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set el labels (unmeasured); see README.md.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // mailparser round trip
    const p = await simpleParser(raw);
    const subj = p.subject ?? '';
    if (subj !== m.subject) fail(`${m.slug}: subject decodes to ${y(subj)}, wrote ${y(m.subject)}`);
    const fromName = p.from?.value[0]?.name ?? '';
    if (fromName !== displayName(m.from)) fail(`${m.slug}: From name decodes to ${y(fromName)}, wrote ${y(displayName(m.from))}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    const want = m.text !== undefined ? probe(m.text) : probe(stripTags(m.html ?? ''));
    if (!(text.includes(want) || stripTags(html).includes(want))) fail(`${m.slug}: body lacks ${y(want)}`);
    for (const s of [subj, text, html, fromName]) {
      if (s.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
      if (s.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
    }
    if (m.caseId !== null && !(subj + text + html).includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
    if (m.caseId === null && /\b1\d{9,12}\b/.test(subj + text)) fail(`${m.slug}: labelled without case ID but one appears`);
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
  for (const k of kinds) if (count((m) => m.kind === k) < 11) fail(`kind ${k} has fewer than 11 messages`);
  if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
  if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(
      `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`,
    );
  }
}

await main();

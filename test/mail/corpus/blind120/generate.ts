// Generates the "do" set (the case's clock): node --import tsx test/mail/corpus/unmeasured/do/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { ALL_CASE_IDS } from './common.js';
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
const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\s+/g, ' ').trim();
const stripTags = (s: string): string =>
  s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# "do" set (the case\'s clock) labels; see README.md. Unmeasured set.'];
  for (const [i, m] of all.entries()) {
    const shape = m.text !== undefined && m.html !== undefined ? `${m.enc}-alt` : m.text === undefined ? `${m.enc}-html` : m.enc;
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${shape}-${hash(m.slug).toString(16).padStart(8, '0').slice(0, 6)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const fromWant = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
    const fv = p.from?.value[0];
    if (!fv) fail(`${m.slug}: no From`);
    if (fromWant) {
      if ((fv?.address ?? '').toLowerCase() !== (fromWant[2] ?? '').toLowerCase()) fail(`${m.slug}: From address ${fv?.address}`);
      if ((fv?.name ?? '') !== (fromWant[1] ?? '').replace(/^"|"$/g, '')) fail(`${m.slug}: From name ${JSON.stringify(fv?.name)}`);
    } else if ((fv?.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(`${m.slug}: From address ${fv?.address}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    const all3 = `${p.subject ?? ''}\n${text}\n${html}`;
    if (all3.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded mail`);
    if (all3.includes('\x1b')) fail(`${m.slug}: leftover ESC byte`);
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text differs`);
    if (m.text === undefined && m.html !== undefined && !norm(stripTags(html)).includes(norm(stripTags(m.html)))) fail(`${m.slug}: decoded html differs`);
    if (m.caseId !== null && !all3.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
    if (m.caseId === null) for (const c of ALL_CASE_IDS) if (all3.includes(c)) fail(`${m.slug}: unlabelled case ID ${c} present`);
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
    console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
  }
}

await main();

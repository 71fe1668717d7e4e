// Generates set ew: node --import tsx test/mail/corpus/unmeasured/ew/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// File order is a fixed shuffle so names say nothing about the kind.
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
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ew labels (unmeasured); see README.md.'];
  let i = 0;
  for (const m of all) {
    i += 1;
    const shape = m.text !== undefined && m.html !== undefined ? '-alt' : m.text === undefined ? '-html' : '';
    const h = createHash('sha256').update('ew:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}${shape}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
      // the ID may sit inside an encoded body: check the decoded text below
    }
    const p = await simpleParser(raw);
    const subj = p.subject ?? '';
    if (subj !== m.subject) fail(`${m.slug}: subject decodes to ${y(subj)}`);
    const fromV = p.from?.value[0];
    const wantFrom = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
    if (!fromV || !wantFrom) fail(`${m.slug}: no From`);
    if ((fromV?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${m.slug}: From address ${fromV?.address}`);
    if ((fromV?.name ?? '') !== (wantFrom?.[1] ?? '').replace(/^"|"$/g, '')) fail(`${m.slug}: From name ${y(fromV?.name ?? '')}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: text body does not round-trip\n${text}`);
    if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
    const decoded = `${subj}\n${text}\n${html}`;
    if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded text`);
    if (decoded.includes('\u001b')) fail(`${m.slug}: leftover ESC in decoded text`);
    if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in decoded message`);
    if (m.caseId === null && /\b1[78]\d{8,11}\b/.test(decoded)) fail(`${m.slug}: labelled without case ID but one is present`);
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
    console.log(
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.text === undefined)}, multipart ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates set aj: cd /work/main && node --import tsx test/mail/corpus/unmeasured/aj/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
// Stops on any failed self-check (trust/forUser re-derived from the bytes, case ID present,
// mailparser round trip).
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

// JIS round trips may turn a few characters into their Microsoft twins; compare modulo those
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();

function fail(name: string, why: string): never {
  throw new Error(`${name}: ${why}`);
}

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20260306);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set aj labels (short-mail voice); see README.md.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha1').update('aj:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);

    // 1. the guide's trust and forUser rules, applied to the bytes
    if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted} (${m.slug})`);
    if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser} (${m.slug})`);

    // 2. mailparser round trip
    if (raw.includes(0x1b) && !/iso-2022-jp/i.test(raw.toString('latin1'))) fail(name, 'ESC byte outside ISO-2022-JP');
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) fail(name, `subject decodes to ${JSON.stringify(p.subject)}, wrote ${JSON.stringify(m.subject)}`);
    const fromWant = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
    const fv = p.from?.value[0];
    if (!fv) fail(name, 'no From');
    if ((fv.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(name, `From address ${fv.address}`);
    if (fromWant && fromWant[1] && fv.name !== fromWant[1].replace(/^"|"$/g, '')) fail(name, `From name decodes to ${JSON.stringify(fv.name)}`);
    const text = p.text ?? '';
    const htmlOut = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(name, `text part does not contain what was written:\n${text}`);
    if (m.html !== undefined && !norm(htmlOut).includes(norm(m.html))) fail(name, 'html part does not contain what was written');
    const decoded = `${p.subject ?? ''}\n${text}\n${htmlOut}`;
    if (decoded.includes('\uFFFD')) fail(name, 'U+FFFD after decoding');
    if (decoded.includes('\u001b')) fail(name, 'leftover ESC after decoding');

    // 3. case ID present when labelled; none of this set's IDs when labelled null
    if (m.caseId !== null && !decoded.includes(m.caseId)) fail(name, `case ID ${m.caseId} not found in the decoded message`);
    if (m.caseId === null) for (const id of ALL_CASE_IDS) if (decoded.includes(id)) fail(name, `labelled without case ID but carries ${id}`);

    // 4. language sanity: ja messages carry Japanese text, en messages none
    const hasJa = /[\u3040-\u30ff\u4e00-\u9fff]/.test(m.text ?? m.html ?? '') || /[\u3040-\u30ff\u4e00-\u9fff]/.test(m.subject);
    if (m.lang === 'ja' && !hasJa) fail(name, 'ja without Japanese text');
    if (m.lang === 'en' && /[\u3040-\u30ff\u4e00-\u9fff]/.test((m.text ?? '') + (m.html ?? '') + m.subject)) fail(name, 'en with Japanese text');

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
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('  encodings: ' + encs.map((x) => `${x} ${count((m) => m.enc === x)}`).join(', '));
  console.log(`  html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart ${count((m) => m.html !== undefined && m.text !== undefined)}, LF ${count((m) => m.crlf === false)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

// Generates the cc corpus: cd /work/main && node --import tsx test/mail/corpus/unmeasured/cc/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that file numbers and names say nothing about the kind. Stops on any failed check.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, token, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
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

/** compare decoded text loosely: NFKC, one wave dash, LF, no trailing blanks */
const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u301C\uFF5E~]/g, '~')
    .replace(/[\u2212\uFF0D]/g, '-')
    .replace(/\r\n/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();

const displayName = (v: string): { name: string; addr: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  return mm ? { name: (mm[1] ?? '').replace(/^"|"$/g, ''), addr: (mm[2] ?? '').toLowerCase() } : { name: '', addr: v.trim().toLowerCase() };
};

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# cc set labels (unmeasured); see README.md.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${token(m.slug + 'name', 6, 'abcdefghijkmnpqrstuvwxyz23456789')}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    const p = await simpleParser(raw);
    const subj = p.subject ?? '';
    if (norm(subj) !== norm(m.subject)) throw new Error(`${m.slug}: subject decodes to ${y(subj)}`);
    const fromObj = p.from as AddressObject | undefined;
    const f0 = fromObj?.value[0];
    const want = displayName(m.from);
    if (!f0 || (f0.address ?? '').toLowerCase() !== want.addr || norm(f0.name ?? '') !== norm(want.name)) {
      throw new Error(`${m.slug}: From decodes to ${y(JSON.stringify(f0))}`);
    }
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) throw new Error(`${m.slug}: text body does not round-trip`);
    if (m.html !== undefined && !norm(html).includes(norm(m.html))) throw new Error(`${m.slug}: html body does not round-trip`);
    const everything = [subj, f0.name ?? '', text, html].join('\n');
    if (everything.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (everything.includes('\x1b')) throw new Error(`${m.slug}: leftover ESC after decoding`);
    if (m.caseId !== null && !norm(everything).includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in the message`);

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
}

await main();

// Generates set bo (helpdesk-product notifications; unmeasured):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/bo/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
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

// text comparison that forgives what decoding legitimately changes: whitespace,
// line ends, and the two code points JIS 0x2141 / 0x2131 etc. may decode to
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/[\uFF5E\u301C]/g, '~')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\u2016\u2225]/g, '|')
    .replace(/\s+/g, '');

const all: Msg[] = shuffle([...JA, ...EN], 20251117);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set bo labels (unmeasured); see README.md.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const h = (hash(m.slug + '/bo') >>> 0).toString(16).padStart(8, '0');
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    if (names.has(name)) fail(`duplicate name ${name}`);
    names.add(name);
    const raw = build(m);

    // 1. trust and forUser re-derived from the bytes by the guide's rules
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // 2. mailparser round trip
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
    const fromObj = p.from as AddressObject | undefined;
    const f0 = fromObj?.value[0];
    const wantAddr = addrOf(m.from)[0] ?? '';
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if (!f0 || (f0.address ?? "").toLowerCase() !== wantAddr || (f0.name ?? '') !== wantName) fail(`${m.slug}: From decodes to ${y(f0?.name ?? '')} <${f0?.address ?? ''}>`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text part differs from what was written`);
    if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: decoded html part differs from what was written`);
    const everything = [p.subject ?? '', fromObj?.text ?? '', text, html].join('\n');
    if (everything.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (everything.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);

    // 3. the labelled case ID really is in the message
    if (m.caseId !== null && !(everything.includes(m.caseId))) fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
    if (m.note.includes('\n')) fail(`${m.slug}: note must be one line`);

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
  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(
      `  | ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} | ${count((m) => m.kind === k && !m.forUser)} |`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

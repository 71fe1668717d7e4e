// Generates the br set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/br/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
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

/** whitespace-collapsed, with the JIS wave-dash / minus variants folded */
const norm = (s: string): string =>
  s
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/\s+/g, ' ')
    .trim();

const displayName = (addr: string): { name: string; address: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(addr.trim());
  if (!mm) return { name: '', address: addr.trim() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: mm[2] ?? '' };
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# br set labels (unmeasured). See README.md. Do not tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const shape = m.text !== undefined && m.html !== undefined ? '-alt' : m.html !== undefined ? '-html' : '';
    const h = createHash('sha256').update('br:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}${shape}-${h}.eml`;
    const raw = build(m);

    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // the case ID must be present when labelled
    const whole = `${m.subject}\n${m.text ?? ''}\n${m.html ?? ''}`;
    if (m.caseId !== null && !whole.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
    if (m.caseId === null && /\[CASE \d+\]/.test(whole)) fail(`${m.slug}: has a case ID but labelled null`);

    // mailparser round trip
    const p = await simpleParser(raw);
    if (norm(p.subject ?? '') !== norm(m.subject)) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
    const fromObj = p.from as AddressObject | undefined;
    const pf = fromObj?.value[0];
    const want = displayName(m.from);
    if (!pf || (pf.address ?? '') !== want.address || norm(pf.name) !== norm(want.name)) fail(`${m.slug}: From decodes to ${y(JSON.stringify(pf))}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text differs:\n${text}`);
    if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: decoded html differs:\n${html}`);
    for (const s of [text, html, p.subject ?? '', pf?.name ?? '']) {
      if (s.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
      if (s.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
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

  // summary for the README
  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(
      `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} | ${count((m) => m.kind === k && !m.forUser)} |`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

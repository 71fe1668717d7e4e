// Generates set ec: node --import tsx test/mail/corpus/unmeasured/ec/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file names say nothing about the kind. Stops on any failed check.
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

// make slugs unique per language (the two files share a few short names)
const all: Msg[] = shuffle(
  [...JA.map((m) => ({ ...m, slug: 'ja-' + m.slug })), ...EN.map((m) => ({ ...m, slug: 'en-' + m.slug }))],
  20261207,
);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

// the same character may come back as its JIS or Microsoft twin
const norm = (s: string): string =>
  s
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/\s+/g, '');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ec labels (unmeasured); see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // round trip through mailparser
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromAddr = addrOf(m.from)[0] ?? '';
  const fromName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  const pf = p.from?.value[0];
  if (!pf || (pf.address ?? "").toLowerCase() !== fromAddr.toLowerCase() || (pf.name ?? '') !== fromName) fail(`${m.slug}: From decodes to ${y(JSON.stringify(pf))}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  const all3 = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
  if (all3.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (all3.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  if (m.text !== undefined) {
    if (!norm(ptext).includes(norm(m.text))) fail(`${m.slug}: decoded text does not contain the written text`);
  } else if (m.html !== undefined) {
    if (!norm(phtml).includes(norm(m.html).replace(/^<!DOCTYPEhtml>/, ''))) {
      // mailparser may rewrite the doctype/head; at least the body paragraphs must survive
      const inner = norm(m.html.slice(m.html.indexOf('<body')));
      if (!norm(phtml).includes(inner.slice(inner.indexOf('>') + 1, inner.indexOf('</body>')))) fail(`${m.slug}: decoded HTML does not contain the written HTML`);
    }
  }
  if (m.caseId !== null && !all3.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null && /\b1[78]\d{8,11}\b/.test(all3)) fail(`${m.slug}: a case ID appears but the label says null`);

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
    `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);

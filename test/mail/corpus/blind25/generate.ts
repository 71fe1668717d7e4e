// Generates unmeasured set x: node --import tsx test/mail/corpus/unmeasured/x/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
// Stops on any self-check failure (labels vs. bytes, case ID presence, mailparser round trip).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20260419);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const fail = (name: string, why: string): never => {
  throw new Error(`${name}: ${why}`);
};
const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n');
const stripTags = (h: string): string =>
  h.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&mdash;/g, '\u2014').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
const squash = (s: string): string => s.replace(/\s+/g, '');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set x labels (unmeasured); see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha1').update('x/' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);

  // 1. trust / forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted} (${m.slug})`);
  if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser} (${m.slug})`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(name, `subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromWanted = addrOf(m.from)[0];
  const fromGot = p.from?.value[0];
  if (fromGot?.address?.toLowerCase() !== fromWanted) fail(name, `From address ${fromGot?.address} != ${fromWanted}`);
  const nm = /^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
  if ((fromGot?.name ?? '') !== nm) fail(name, `From name ${y(fromGot?.name ?? '')} != ${y(nm)}`);
  const bodyText = m.text !== undefined ? norm(p.text ?? '') : squash(stripTags(typeof p.html === 'string' ? p.html : ''));
  const wanted = m.text !== undefined ? norm(m.text).trimEnd() : squash(stripTags(m.html ?? ''));
  if (!bodyText.includes(wanted)) fail(name, `decoded body does not contain the written text (${m.slug})`);
  const decoded = (p.subject ?? '') + (p.text ?? '') + (typeof p.html === 'string' ? p.html : '') + (fromGot?.name ?? '');
  if (decoded.includes('\uFFFD')) fail(name, 'U+FFFD in decoded text');
  if (decoded.includes('\u001b')) fail(name, 'leftover ESC byte in decoded text');

  // 3. case ID present when labelled (subject, body or quote), absent pattern check for Credly
  if (m.caseId !== null && !(decoded.includes(m.caseId))) fail(name, `case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null && /(?:CASE|ケース|case)\s*(?:ID\s*)?[:：]?\s*\d{10,13}/i.test(decoded)) fail(name, 'a case ID appears but the label says null');
  if (/credly\.com>?$/.test(addrOf(m.from)[0] ?? '') && m.caseId !== null) fail(name, 'Credly mail must carry no case ID');

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

// determinism: a second build of every message gives the same bytes
for (const f of readdirSync(here).filter((x) => x.endsWith('.eml'))) {
  const slugH = f.split('-').pop()?.replace('.eml', '');
  const m = all.find((x) => createHash('sha1').update('x/' + x.slug).digest('hex').slice(0, 8) === slugH);
  if (!m || !build(m).equals(readFileSync(join(here, f)))) fail(f, 'second build differs');
}

const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);

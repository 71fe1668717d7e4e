// Generates the df set: node --import tsx test/mail/corpus/unmeasured/df/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script in a
// fixed shuffle, and stops when a label disagrees with the bytes it wrote.
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
function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/\s+/g, '');
const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# df (unmeasured set) labels; see README.md.'];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
    // the ID may sit inside an encoded body: check the decoded form below
  }
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) throw new Error(`${name}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const f0 = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((f0?.address ?? '').toLowerCase() !== wantAddr || (f0?.name ?? '') !== wantName) throw new Error(`${name}: From decodes to ${y(f0?.name ?? '')} <${f0?.address ?? ''}>`);
  const body = m.text !== undefined ? (p.text ?? '') : (p.html || '').replace(/<[^>]+>/g, '');
  const want = m.text ?? (m.html ?? '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const bodyN = norm(body.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  for (const line of want.split('\n').map(norm).filter((l) => l.length > 0)) {
    if (!bodyN.includes(line)) throw new Error(`${name}: body lacks ${y(line)}`);
  }
  const everything = `${p.subject ?? ''}${p.text ?? ''}${p.html || ''}${f0?.name ?? ''}`;
  if (everything.includes('\uFFFD') || everything.includes('\x1b')) throw new Error(`${name}: U+FFFD or ESC after decoding`);
  if (m.caseId !== null && !`${p.subject ?? ''}\n${p.text ?? ''}\n${p.html || ''}`.includes(m.caseId)) throw new Error(`${name}: case ID ${m.caseId} not in the message`);
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
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} | ${count((m) => m.kind === k && !m.forUser)} |`);
}

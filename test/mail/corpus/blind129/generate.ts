// Generates the dx set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/dx/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order, after checking every label against the bytes written.
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

const encName: Record<Msg['enc'], string> = {
  ascii7: 'ascii',
  utf8qp: 'utf8qp',
  utf8b64: 'utf8b64',
  utf88bit: 'utf8',
  jis7: 'jis',
  jisb64: 'jisb64',
  sjis8: 'sjis',
  sjisb64: 'sjisb64',
};

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

async function check(name: string, m: Msg, raw: Buffer): Promise<void> {
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
    // the ID may sit inside an encoded body: look in the decoded text too
    const p0 = await simpleParser(raw);
    const hay = `${p0.subject ?? ''}\n${p0.text ?? ''}\n${typeof p0.html === 'string' ? p0.html : ''}`;
    if (!hay.includes(m.caseId)) throw new Error(`${name}: case ID ${m.caseId} not in message`);
  }
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) throw new Error(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const f = p.from?.value[0];
  if (!f || f.address?.toLowerCase() !== addrOf(m.from)[0] || f.name !== displayName(m.from)) throw new Error(`${name}: From decodes to ${JSON.stringify(f)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  for (const s of [p.subject ?? '', text, html, f.name]) {
    if (s.includes('\uFFFD')) throw new Error(`${name}: replacement character after decoding`);
    if (s.includes('\x1b')) throw new Error(`${name}: leftover ESC after decoding`);
  }
  if (m.text !== undefined) {
    if (!norm(text).includes(norm(m.text))) throw new Error(`${name}: decoded text differs`);
  } else if (m.html !== undefined) {
    if (!norm(html).includes(norm(m.html))) throw new Error(`${name}: decoded html differs`);
  }
  if (m.text !== undefined && m.html !== undefined && !norm(html).includes(norm(m.html))) throw new Error(`${name}: decoded html part differs`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# dx (unmeasured set) labels; see README.md.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update('dx:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName[m.enc]}-${h}.eml`;
  const raw = build(m);
  await check(name, m, raw);
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
  console.log(`  | ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}

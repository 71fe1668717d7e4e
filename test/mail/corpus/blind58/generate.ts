// Generates the unmeasured set `be`: cd /work/main && node --import tsx test/mail/corpus/unmeasured/be/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { attBytes, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  for (const a of m.atts ?? []) if (attBytes(a).length > 6000) throw new Error(`${m.slug}: attachment ${a.name} is larger than a few KB`);
}

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\u00a0/g, ' ');
// mailparser inlines cid: images as data: URIs, so image sources are not compared
const nosrc = (s: string): string => s.replace(/src="[^"]*"/g, 'src=""');
const unesc = (s: string): string => s.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

async function selfCheck(name: string, m: Msg, raw: Buffer): Promise<void> {
  const fail = (why: string): never => {
    throw new Error(`${name} (${m.slug}): ${why}`);
  };
  if (checkTrusted(raw) !== m.trusted) fail(`trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`subject decodes to ${JSON.stringify(p.subject)}`);
  const fromText = p.from?.value[0];
  const want = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const wantName = (want?.[1] ?? '').replace(/^"|"$/g, '');
  const wantAddr = (want?.[2] ?? m.from).toLowerCase();
  if ((fromText?.address ?? '').toLowerCase() !== wantAddr) fail(`From address decodes to ${fromText?.address}`);
  if ((fromText?.name ?? '') !== wantName) fail(`From name decodes to ${JSON.stringify(fromText?.name)}`);
  const text = norm(p.text ?? '');
  const html = typeof p.html === 'string' ? nosrc(norm(p.html)) : '';
  if (m.text !== undefined) {
    for (const line of norm(m.text).split('\n')) {
      const t = line.trim();
      if (t && !text.includes(t)) fail(`text line missing after parse: ${JSON.stringify(t)}`);
    }
  }
  if (m.html !== undefined) {
    for (const line of nosrc(norm(m.html)).split('\n')) {
      const t = line.trim();
      if (t && !html.includes(t)) fail(`html line missing after parse: ${JSON.stringify(t)}`);
    }
  }
  const all = [p.subject ?? '', text, html, ...p.attachments.map((a) => a.filename ?? '')].join('\n');
  if (all.includes('\uFFFD')) fail('U+FFFD after decoding');
  if (all.includes('\u001b')) fail('leftover ESC after decoding');
  if (m.caseId !== null && ![p.subject ?? '', text, unesc(html)].some((s) => s.includes(m.caseId as string))) fail(`case ID ${m.caseId} not in subject/body`);
  // attachments: same count, names and bytes
  const atts = m.atts ?? [];
  if (p.attachments.length !== atts.length) fail(`attachments: parsed ${p.attachments.length}, wrote ${atts.length}`);
  atts.forEach((a, i) => {
    const got = p.attachments[i];
    if (!got) return fail(`attachment ${i} missing`);
    if (got.filename !== a.name) fail(`attachment name decodes to ${JSON.stringify(got.filename)}, wrote ${JSON.stringify(a.name)}`);
    const mine = attBytes(a);
    const theirs = got.content;
    const same = mine.equals(theirs) || (a.cte === '7bit' && mine.toString('latin1').replace(/\r\n/g, '\n') === theirs.toString('latin1').replace(/\r\n/g, '\n')) || (a.cte === 'qp' && mine.toString('utf8').replace(/\r\n/g, '\n') === theirs.toString('utf8').replace(/\r\n/g, '\n'));
    if (!same) fail(`attachment ${a.name} bytes differ after decoding`);
    if (a.cid && got.contentId !== `<${a.cid}>`) fail(`inline ${a.name} lost its Content-ID`);
  });
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Labels for the unmeasured set `be` (attachments and images carry part of the meaning); see README.md.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update('be:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  writeFileSync(join(here, name), raw);
  await selfCheck(name, m, raw);
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
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}  with attachments/images: ${count((m) => (m.atts ?? []).length > 0)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));

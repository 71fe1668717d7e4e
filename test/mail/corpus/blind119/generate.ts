// Generates set dn (mistaken and shared identities):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/dn/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle
// (file names never reveal the kind), after checking every label against the bytes written.
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

// whitespace-free, wave-dash-normalised form for "does the decoded body contain the text"
const norm = (s: string): string => s.replace(/\s+/g, '').replace(/\uFF5E/g, '\u301C').replace(/[\uFF0D\u2212]/g, '-');
const stripTags = (s: string): string => s.replace(/<[^>]*>/g, ' ').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const displayName = (v: string): string => (/^\s*"?(.*?)"?\s*<[^>]+>\s*$/.exec(v)?.[1] ?? '').trim();

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  if (p.subject !== m.subject) fail(`subject decodes to ${JSON.stringify(p.subject)}`);
  const from = p.from?.value[0];
  if (!from || from.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`From address decodes to ${from?.address}`);
  if ((from?.name ?? '') !== displayName(m.from)) fail(`From name decodes to ${JSON.stringify(from?.name)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  for (const s of [text, html, p.subject ?? '']) {
    if (s.includes('\uFFFD')) fail('replacement character after decoding');
    if (s.includes('\u001b')) fail('leftover ESC after decoding');
  }
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail('decoded text/plain does not contain the written text');
  if (m.html !== undefined && !norm(stripTags(html)).includes(norm(stripTags(m.html)))) fail('decoded html does not contain the written html');
  if (m.caseId !== null) {
    const hay = `${p.subject ?? ''}\n${text}\n${stripTags(html)}`;
    if (!hay.includes(m.caseId)) fail(`labelled case ID ${m.caseId} not found in the decoded message`);
  }
}

const main = async (): Promise<void> => {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set dn labels (unmeasured); see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('dn:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    await roundTrip(`${name} (${m.slug})`, m, raw);
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
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}`);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

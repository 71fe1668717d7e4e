// Generates set ba (gateway-mangled mail): node --import tsx test/mail/corpus/unmeasured/ba/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffled order, after checking every label against the bytes.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const fail = (name: string, why: string): never => {
  throw new Error(`${name}: ${why}`);
};

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ba (gateway-mangled mail) labels; see README.md. Written blind; never tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted} (${m.slug})`);
    if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser} (${m.slug})`);
    const p = await simpleParser(raw);
    const subj = p.subject ?? '';
    if (subj !== m.subject) fail(name, `subject decodes to ${y(subj)} not ${y(m.subject)}`);
    const fromAddr = p.from?.value[0]?.address?.toLowerCase() ?? '';
    if (fromAddr !== addrOf(m.from)[0]) fail(name, `From address decodes to ${fromAddr}`);
    const nm = /^(.*?)\s*</.exec(m.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
    if (nm && (p.from?.value[0]?.name ?? '') !== nm) fail(name, `From name decodes to ${y(p.from?.value[0]?.name ?? '')} not ${y(nm)}`);
    const body = m.text !== undefined ? (p.text ?? '') : typeof p.html === 'string' ? p.html : '';
    const want = m.text ?? m.html ?? '';
    if (!collapse(body).includes(collapse(want))) fail(name, `body does not round-trip (${m.slug})`);
    const everything = subj + (p.text ?? '') + (typeof p.html === 'string' ? p.html : '') + (p.from?.text ?? '') + (p.to && !Array.isArray(p.to) ? p.to.text : '');
    if (everything.includes('\uFFFD')) fail(name, 'U+FFFD after decoding');
    if (everything.includes('\u001b')) fail(name, 'leftover ESC after decoding');
    if (m.caseId !== null) {
      const txt = raw.toString('latin1') + subj + (p.text ?? '') + (typeof p.html === 'string' ? p.html : '');
      if (!txt.includes(m.caseId)) fail(name, `case ID ${m.caseId} not in the message`);
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

  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  for (const k of kinds) {
    console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.text === undefined)}, multipart ${count((m) => m.text !== undefined && m.html !== undefined)}, LF-only ${count((m) => m.crlf === false)}, resent ${count((m) => m.resent !== undefined)}`);
}

await main();

// Generates held-out corpus f: node --import tsx test/mail/corpus/heldout/f/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order
// is a fixed shuffle so that file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

/** encoding tag for the file name: body encoding, plus html/alt shape and lf */
function encTag(m: Msg): string {
  const shape = m.text !== undefined && m.html !== undefined ? '_alt' : m.html !== undefined ? '_html' : '';
  return `${m.enc}${shape}${m.crlf === false ? '_lf' : ''}`;
}

const norm = (s: string): string =>
  s.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016').replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20260306);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Held-out corpus f labels; see README.md. Never tune certmerge on this set.'];
  let i = 0;
  for (const m of all) {
    i++;
    const h = createHash('sha256').update('heldout-f:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${encTag(m)}-${h}.eml`;
    const raw = build(m);
    // labels must agree with the guide's trust/forUser rules applied to the bytes
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // mailparser round trip: subject and body decode back to what was written
    const p = await simpleParser(raw);
    const subj = p.subject ?? '';
    if (norm(subj) !== norm(m.subject)) throw new Error(`${name} (${m.slug}): subject round trip ${JSON.stringify(subj)} != ${JSON.stringify(m.subject)}`);
    const bodies = [p.text ?? '', typeof p.html === 'string' ? p.html : '', subj, p.from?.text ?? '', (Array.isArray(p.to) ? p.to.map((t) => t.text).join(',') : p.to?.text) ?? ''];
    for (const b of bodies) {
      if (b.includes('\uFFFD')) throw new Error(`${name} (${m.slug}): replacement character after decoding`);
      if (b.includes('\u001b')) throw new Error(`${name} (${m.slug}): leftover escape sequence after decoding`);
      if (/=\?[^?]+\?[bq]\?/i.test(b)) throw new Error(`${name} (${m.slug}): undecoded encoded-word`);
    }
    if (m.text !== undefined) {
      const want = norm(m.text);
      if (!norm(p.text ?? '').includes(want.slice(0, 60))) throw new Error(`${name} (${m.slug}): text part did not round trip`);
    } else if (m.html !== undefined) {
      if (typeof p.html !== 'string' || !norm(p.html).includes(norm(m.html).slice(0, 60))) throw new Error(`${name} (${m.slug}): html part did not round trip`);
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
  console.log('| kind | total | ja | en | traps | untrusted |');
  for (const k of kinds) {
    const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
    console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
  }
  const encs = new Map<string, number>();
  for (const m of all) encs.set(encTag(m), (encs.get(encTag(m)) ?? 0) + 1);
  console.log('encodings: ' + [...encs.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

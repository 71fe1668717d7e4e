// Generates the eq set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/eq/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
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

const norm = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const jaRe = /[\u3040-\u30ff\u4e00-\u9fff]/;

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
    const body = (m.text ?? '') + (m.html ?? '');
    if (m.lang === 'ja' && !jaRe.test(body)) throw new Error(`${m.slug}: ja label but no Japanese text`);
    if (m.lang === 'en' && jaRe.test(body)) throw new Error(`${m.slug}: en label but Japanese text`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# eq labels (unmeasured set); see README.md.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash(m.slug + '#eq').toString(16).padStart(8, '0')}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${m.slug}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${m.slug}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // round trip through mailparser
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) throw new Error(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const fromAddr = p.from?.value[0]?.address ?? '';
    if (fromAddr.toLowerCase() !== addrOf(m.from)[0]) throw new Error(`${m.slug}: From address decodes to ${fromAddr}`);
    const fromName = p.from?.value[0]?.name ?? '';
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if (fromName !== wantName) throw new Error(`${m.slug}: From name decodes to ${JSON.stringify(fromName)}, want ${JSON.stringify(wantName)}`);
    const got = norm(`${p.text ?? ''} ${typeof p.html === 'string' ? p.html : ''}`);
    const want = norm(m.text ?? m.html ?? '');
    const probe = want.slice(0, 60);
    if (!got.includes(probe)) throw new Error(`${m.slug}: body does not contain ${JSON.stringify(probe)}\n got ${JSON.stringify(got.slice(0, 200))}`);
    const all3 = `${p.subject ?? ''}${p.text ?? ''}${typeof p.html === 'string' ? p.html : ''}${p.from?.text ?? ''}`;
    if (all3.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (all3.includes('\x1b')) throw new Error(`${m.slug}: leftover ESC after decoding`);
    if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId) && !all3.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in message`);
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
    console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart ${count((m) => m.html !== undefined && m.text !== undefined)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates the unmeasured set s: node --import tsx test/mail/corpus/unmeasured/s/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// File order is a fixed shuffle; the name never reveals the kind. Same bytes on every run.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, addrOf, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
import { JA_C } from './msgs-ja-c.js';
import { JA_D } from './msgs-ja-d.js';
import { JA_E } from './msgs-ja-e.js';
import { EN_A } from './msgs-en-a.js';
import { EN_B } from './msgs-en-b.js';
import { EN_C } from './msgs-en-c.js';

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
  return h.toString(16).padStart(8, '0').slice(0, 7);
}

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\u301C/g, '\uFF5E')
    .replace(/\u2212/g, '\uFF0D')
    .replace(/\u2016/g, '\u2225')
    .trim();
const flat = (s: string): string => norm(s).replace(/\s+/g, ' ');

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA_A, ...JA_B, ...JA_C, ...JA_D, ...JA_E, ...EN_A, ...EN_B, ...EN_C], 20260511);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Unmeasured set s labels; see README.md. Never tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const shape = m.text !== undefined && m.html !== undefined ? '' : m.html !== undefined ? 'html-' : '';
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${shape}${m.enc}-${fnv(m.slug)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    const rawText = raw.toString('latin1');
    // case ID present in the bytes' decoded form when labelled
    const p = await simpleParser(raw);
    const decoded = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
    if (m.caseId !== null && !decoded.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
    if (m.caseId === null && /\b1[89]\d{8,11}\b/.test(decoded.replace(/AWS\d+/g, ''))) {
      // a labelled-null message must not carry one of our case IDs
      const hit = /\b1[89]\d{8,11}\b/.exec(decoded.replace(/AWS\d+/g, ''));
      if (hit && /^(18|19)/.test(hit[0]) && hit[0].length >= 10) throw new Error(`${m.slug}: carries ${hit[0]} but caseId is null`);
    }
    if ((p.subject ?? '') !== m.subject) throw new Error(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
    const pf = p.from?.value[0];
    const wantAddr = addrOf(m.from)[0];
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if (!pf || (pf.address ?? '').toLowerCase() !== wantAddr || (pf.name ?? '') !== wantName) throw new Error(`${m.slug}: From decodes to ${y(pf?.name ?? '')} <${pf?.address}>`);
    if (m.text !== undefined) {
      if (flat(p.text ?? '') !== flat(m.text)) {
        const a = flat(p.text ?? '');
        const b = flat(m.text);
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        throw new Error(`${m.slug}: text body differs at ${k}: ${y(a.slice(k - 20, k + 40))} vs ${y(b.slice(k - 20, k + 40))}`);
      }
    } else if (m.html !== undefined) {
      if (typeof p.html !== 'string' || flat(p.html) !== flat(m.html)) throw new Error(`${m.slug}: html body differs`);
    }
    if (decoded.includes('\uFFFD') || (p.from?.text ?? '').includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (decoded.includes('\x1b')) throw new Error(`${m.slug}: ESC byte left after decoding`);
    if (m.enc === 'ascii7' && /[^\x00-\x7f]/.test(rawText)) throw new Error(`${m.slug}: 8-bit byte in a 7-bit message`);
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
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
}

await main();

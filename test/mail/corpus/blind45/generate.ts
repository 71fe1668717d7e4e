// Generates the `ar` corpus: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ar/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle so file numbers and names say nothing about the kind.
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 7);
}

const encLabel = (m: Msg): string => m.enc + (m.html !== undefined && m.text === undefined ? '-html' : m.html !== undefined ? '-alt' : '');
const squash = (s: string): string => s.replace(/\s+/g, '');
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.split(/,(?![^<]*>)/)[0]?.trim() ?? '');
  return (mm?.[1] ?? '').replace(/^"|"$/g, '');
};

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# `ar` corpus labels (unmeasured, written blind); see README.md.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encLabel(m)}-${fnv(m.slug)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // mailparser round trip
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) throw new Error(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const pf = p.from?.value[0];
    if ((pf?.address ?? '').toLowerCase() !== addrOf(m.from)[0]) throw new Error(`${m.slug}: From address ${pf?.address}`);
    if ((pf?.name ?? '') !== displayName(m.from)) throw new Error(`${m.slug}: From name ${JSON.stringify(pf?.name)} != ${JSON.stringify(displayName(m.from))}`);
    const ptext = p.text ?? '';
    const phtml = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined) {
      if (!squash(ptext).includes(squash(m.text))) throw new Error(`${m.slug}: decoded text differs\n${ptext.slice(0, 400)}`);
    } else if (m.html !== undefined) {
      if (!squash(phtml).includes(squash(m.html).replace(/<html><head><metacharset="utf-8"><\/head>/, ''))) {
        if (!squash(phtml).includes(squash(m.html).slice(40, 200))) throw new Error(`${m.slug}: decoded html differs`);
      }
    }
    const everything = [p.subject ?? '', ptext, phtml, pf?.name ?? ''].join('\n');
    if (everything.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (everything.includes('\u001b')) throw new Error(`${m.slug}: ESC left after decoding`);
    if (m.caseId !== null && !everything.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in message`);
    if (m.caseId === null && /\b1[78]\d{8,11}\b/.test(everything)) throw new Error(`${m.slug}: unlabelled case-like number`);
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
  const encs = new Map<string, number>();
  for (const m of all) encs.set(encLabel(m), (encs.get(encLabel(m)) ?? 0) + 1);
  console.log([...encs.entries()].sort().map(([k, v]) => `${k}:${v}`).join(' '));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates the de set (forms and questionnaires): node --import tsx test/mail/corpus/unmeasured/de/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';
import { EXTRA } from './msgs-extra.js';

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

const norm = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\s+/g, ' ')
    .trim();

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN, ...EXTRA], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# de (forms and questionnaires) labels; see README.md. Unmeasured set.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${(hash(m.slug) % 0xffffff).toString(16).padStart(6, '0')}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    const bodyText = (m.text ?? '') + '\n' + (m.html ?? '');
    if (m.caseId !== null && !(m.subject + bodyText).includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in message`);
    // mailparser round trip
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) throw new Error(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
    const fromAddr = addrOf(m.from)[0] ?? '';
    const pf = p.from?.value[0];
    if (pf?.address?.toLowerCase() !== fromAddr.toLowerCase()) throw new Error(`${m.slug}: From address decodes to ${pf?.address}`);
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((pf?.name ?? '') !== wantName) throw new Error(`${m.slug}: From name decodes to ${y(pf?.name ?? '')}, want ${y(wantName)}`);
    const got = norm((p.text ?? '') + ' ' + (typeof p.html === 'string' ? p.html : ''));
    if (got.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD in decoded body`);
    if (got.includes('\u001b') || (p.subject ?? '').includes('\u001b')) throw new Error(`${m.slug}: ESC left in decoded text`);
    const src = norm(m.text ?? m.html ?? '');
    for (const probe of [src.slice(0, 40), src.slice(-40), src.slice(Math.floor(src.length / 2), Math.floor(src.length / 2) + 40)]) {
      if (!got.includes(probe)) throw new Error(`${m.slug}: decoded body lacks ${y(probe)}`);
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
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

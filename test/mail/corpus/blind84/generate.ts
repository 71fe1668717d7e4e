// Generates set ce: node --import tsx test/mail/corpus/unmeasured/ce/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffled order, and stops if any label disagrees with the written bytes.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { fnvHex } from './common.js';
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

const norm = (s: string): string => s.replace(/\r/g, '').replace(/\s+/g, ' ').trim();
const shape = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? `${m.enc}alt` : m.html !== undefined ? `${m.enc}html` : m.enc);

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ce labels (unmeasured); see README.md.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${shape(m)}-${fnvHex('ce:' + m.slug).slice(0, 6)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // the case ID must be present in the bytes' decoded text when labelled
    const parsed = await simpleParser(raw);
    const body = (parsed.text ?? '') + '\n' + (typeof parsed.html === 'string' ? parsed.html : '');
    if (m.caseId !== null && !(parsed.subject ?? '').includes(m.caseId) && !body.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not found`);
    if (norm(parsed.subject ?? '') !== norm(m.subject)) throw new Error(`${m.slug}: subject decodes to ${JSON.stringify(parsed.subject)}`);
    const from = (parsed.from as AddressObject | undefined)?.value[0];
    const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if (!from || norm(from.name ?? '') !== norm(wantName)) throw new Error(`${m.slug}: From name decodes to ${JSON.stringify(from?.name)}`);
    if (m.text !== undefined && !norm(parsed.text ?? '').includes(norm(m.text))) throw new Error(`${m.slug}: body text mismatch`);
    if (m.html !== undefined && !norm(typeof parsed.html === 'string' ? parsed.html : '').includes(norm(m.html).slice(0, 200))) throw new Error(`${m.slug}: html mismatch`);
    if (body.includes('\uFFFD') || (parsed.subject ?? '').includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (body.includes('\u001b') || (parsed.subject ?? '').includes('\u001b')) throw new Error(`${m.slug}: leftover ESC`);
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
  for (const m of all) encs.set(shape(m), (encs.get(shape(m)) ?? 0) + 1);
  console.log([...encs.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates set bh: node --import tsx test/mail/corpus/unmeasured/bh/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file names say nothing about the kind. Stops on any failed self-check.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
import { JA3 } from './msgs-ja-3.js';
import { EN1 } from './msgs-en-1.js';
import { EN2 } from './msgs-en-2.js';

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

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN1, ...EN2], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const fail = (name: string, why: string): never => {
  throw new Error(`${name}: ${why}`);
};

const decodeEntities = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&ndash;/g, '\u2013').replace(/&amp;/g, '&');

function displayName(v: string): { name: string; address: string } {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  if (!mm) return { name: '', address: v.trim().toLowerCase() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() };
}

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(name, `subject decodes to ${JSON.stringify(p.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  const want = displayName(m.from);
  if (!from || (from.address ?? '').toLowerCase() !== want.address || (from.name ?? '') !== want.name)
    fail(name, `From decodes to ${JSON.stringify(from)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  const all = `${p.subject ?? ''}\n${text}\n${html}`;
  if (all.includes('\uFFFD')) fail(name, 'replacement character after decoding');
  if (all.includes('\u001b')) fail(name, 'leftover ESC after decoding');
  // every non-empty line of the written text (or the visible HTML text) must come back
  const src = m.text ?? decodeEntities(m.html ?? '').replace(/<[^>]+>/g, '\n');
  const hay = m.text !== undefined ? text.replace(/\r\n/g, '\n') : decodeEntities(html);
  for (const line of src.split('\n').map((l) => l.trim()).filter((l) => l.length >= 4)) {
    if (!hay.includes(line)) fail(name, `body lost the line ${JSON.stringify(line)}`);
  }
  if (m.caseId !== null && !all.includes(m.caseId)) fail(name, `case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null && /(?<![\d])\d{10,13}(?![\d])/.test(`${p.subject ?? ''}\n${text}`)) fail(name, 'unlabelled case-like number in the message');
  for (const a of addrOf(m.to)) if (!((p.to as AddressObject | undefined)?.value ?? []).some((v) => (v.address ?? '').toLowerCase() === a)) fail(name, `To lost ${a}`);
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set bh labels (unmeasured, written blind); see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const raw = build(m);
    const shape = m.text !== undefined && m.html !== undefined ? '-alt' : m.html !== undefined ? '-html' : '';
    const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}${shape}-${h}.eml`;
    if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    await roundTrip(name, m, raw);
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
    const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
    console.log(`  ${k.padEnd(22)} ${c(() => true)} (ja ${c((m) => m.lang === 'ja')}, en ${c((m) => m.lang === 'en')}, traps ${c((m) => m.trap)}, untrusted ${c((m) => !m.trusted)})`);
  }
  const encs = [...new Set(all.map((m) => m.enc + (m.text !== undefined && m.html !== undefined ? '+alt' : m.html !== undefined ? '+html' : '')))].sort();
  for (const e of encs) console.log(`  enc ${e}: ${count((m) => m.enc + (m.text !== undefined && m.html !== undefined ? '+alt' : m.html !== undefined ? '+html' : '') === e)}`);
}

await main();

// Generates set cj (unmeasured): cd /work/main && node --import tsx test/mail/corpus/unmeasured/cj/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order, so neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const encName: Record<Msg['enc'], string> = {
  ascii7: 'ascii', utf8qp: 'utf8qp', utf8b64: 'utf8b64', utf88bit: 'utf8', jis7: 'jis', jisb64: 'jisb64', sjis8: 'sjis', sjisb64: 'sjisb64',
};

const all: Msg[] = shuffle([...JA, ...EN], 0xc1d2026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const stripTags = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
const firstAddr = (a: AddressObject | AddressObject[] | undefined): { name: string; address: string } => {
  const o = Array.isArray(a) ? a[0] : a;
  const v = o?.value[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
};

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set cj labels (unmeasured); see README.md.'];
  for (const [i, m] of all.entries()) {
    const raw = build(m);
    const h = createHash('sha256').update(m.slug).update(raw).digest('hex').slice(0, 8);
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${encName[m.enc]}-${h}.eml`;
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
      // the ID may sit inside an encoded body/subject; check the decoded form below
    }
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) throw new Error(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const fa = firstAddr(p.from);
    const wantAddr = (/<([^>]+)>/.exec(m.from)?.[1] ?? m.from).toLowerCase();
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if (fa.address !== wantAddr || fa.name !== wantName) throw new Error(`${m.slug}: From decodes to ${y(fa.name)} <${fa.address}>`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    const decoded = [p.subject ?? '', text, html].join('\n');
    if (decoded.includes('\uFFFD')) throw new Error(`${m.slug}: U+FFFD after decoding`);
    if (decoded.includes('\x1b')) throw new Error(`${m.slug}: leftover ESC after decoding`);
    const want = m.text !== undefined ? squash(m.text) : squash(stripTags(m.html ?? ''));
    const got = m.text !== undefined ? squash(text) : squash(stripTags(html));
    if (!got.includes(want.slice(0, 60)) || !got.includes(want.slice(-40))) throw new Error(`${m.slug}: body does not round-trip`);
    if (m.caseId !== null && !(decoded.includes(m.caseId) || raw.toString('latin1').includes(m.caseId))) throw new Error(`${m.slug}: case ID ${m.caseId} not in message`);
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
  console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates set "et": cd /work/main && node --import tsx test/mail/corpus/unmeasured/et/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that file numbers and names say nothing about the kind. Stops on any failed check.
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

function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').trim();

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
  const labels: string[] = ['# Set "et" (unmeasured): the meaning in the subject line. See README.md.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug + m.subject)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (raw.includes(0x1b) && !m.enc.startsWith('jis') && !raw.toString('latin1').includes('ISO-2022-JP')) throw new Error(`${name}: stray ESC`);

    // mailparser round trip
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) throw new Error(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
    const fromV = p.from?.value[0];
    const wantAddr = addrOf(m.from)[0];
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if (fromV?.address?.toLowerCase() !== wantAddr?.toLowerCase() || (fromV?.name ?? '') !== wantName) throw new Error(`${name} (${m.slug}): From decodes to ${y(fromV?.name ?? '')} <${fromV?.address}>`);
    const txt = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    for (const s of [txt, html, p.subject ?? '', fromV?.name ?? '']) {
      if (s.includes('\uFFFD')) throw new Error(`${name} (${m.slug}): U+FFFD after decoding`);
      if (s.includes('\u001b')) throw new Error(`${name} (${m.slug}): leftover ESC after decoding`);
    }
    if (m.text !== undefined) {
      const want = norm(m.text);
      if (!norm(txt).includes(want)) throw new Error(`${name} (${m.slug}): text body does not round-trip`);
    } else if (m.html !== undefined) {
      if (!norm(html).includes(norm(m.html))) throw new Error(`${name} (${m.slug}): html body does not round-trip`);
    }
    if (m.caseId !== null) {
      const hay = (p.subject ?? '') + '\n' + txt + '\n' + html;
      if (!hay.includes(m.caseId)) throw new Error(`${name} (${m.slug}): case ID ${m.caseId} not in the message`);
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
  console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart: ${count((m) => m.html !== undefined && m.text !== undefined)}  empty body: ${count((m) => m.text === '')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// Generates set eo: cd /work/main && node --import tsx test/mail/corpus/unmeasured/eo/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { h8 } from './common.js';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};
const flat = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();
const stripTags = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA, ...EN], 20261207);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  }
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set eo labels (unmeasured); see README.md.'];
  for (const [i, m] of all.entries()) {
    const shape = m.text !== undefined && m.html !== undefined ? `${m.enc}-alt` : m.html !== undefined ? `${m.enc}-html` : m.enc;
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${shape}-${h8('eo:' + m.slug)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // round trip through mailparser
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
    const fromObj = p.from as AddressObject | undefined;
    const f0 = fromObj?.value[0];
    const wantAddr = addrOf(m.from)[0] ?? '';
    const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((f0?.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(`${m.slug}: From address ${f0?.address}`);
    if ((f0?.name ?? '') !== wantName) fail(`${m.slug}: From name ${y(f0?.name ?? '')} != ${y(wantName)}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !flat(text).includes(flat(m.text))) fail(`${m.slug}: decoded text differs`);
    if (m.text === undefined && m.html !== undefined && !flat(html).includes(flat(m.html))) fail(`${m.slug}: decoded html differs`);
    const everything = `${p.subject ?? ''}\n${text}\n${html}\n${f0?.name ?? ''}`;
    if (everything.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
    if (everything.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
    if (m.caseId !== null && !`${p.subject ?? ''}\n${text}\n${stripTags(html)}`.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
    if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test((m.text ?? '') + (m.html ?? ''))) fail(`${m.slug}: ja without Japanese script`);

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
    console.log(
      `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
    );
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.text === undefined)}, multipart/alternative ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

await main();

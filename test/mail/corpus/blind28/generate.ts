// Generates set aa (unmeasured blind set, enterprise mailboxes):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/aa/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so file numbers and names say nothing about the kind. Stops on any failed self-check.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { ALL_CASE_IDS } from './common.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const shape = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? `${m.enc}-alt` : m.html !== undefined ? `${m.enc}-html` : m.enc);
const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();
const stripTags = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set aa labels (status: unmeasured); see README.md. Never tune certmerge on this set.'];
  const names = new Set<string>();
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${shape(m)}-${(hash(m.slug) >>> 0).toString(16).padStart(8, '0').slice(0, 6)}.eml`;
    if (names.has(name)) fail(`name clash ${name}`);
    names.add(name);
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (raw.includes(0x1b) && !/ISO-2022-JP/i.test(raw.toString('latin1'))) fail(`${name}: ESC byte outside ISO-2022-JP`);

    // mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${name}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
    const fromV = p.from?.value[0];
    const wantAddr = (/<([^>]+)>/.exec(m.from)?.[1] ?? m.from).toLowerCase();
    const wantName = m.from.includes('<') ? m.from.slice(0, m.from.indexOf('<')).trim().replace(/^"|"$/g, '') : '';
    if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${name}: From address ${fromV?.address} != ${wantAddr}`);
    if ((fromV?.name ?? '') !== wantName) fail(`${name}: From name ${y(fromV?.name ?? '')} != ${y(wantName)}`);
    const bodyText = p.text ?? '';
    const bodyHtml = typeof p.html === 'string' ? p.html : '';
    const decoded = `${p.subject ?? ''}\n${bodyText}\n${bodyHtml}`;
    if (decoded.includes('\uFFFD')) fail(`${name}: U+FFFD in decoded text`);
    if (decoded.includes('\u001b')) fail(`${name}: leftover ESC in decoded text`);
    if (m.text !== undefined) {
      if (!norm(bodyText).includes(norm(m.text))) fail(`${name}: decoded text part does not contain the written text`);
    } else if (m.html !== undefined) {
      const want = norm(stripTags(m.html)).slice(0, 60);
      if (!norm(stripTags(bodyHtml)).includes(want)) fail(`${name}: decoded html does not contain the written html`);
    }
    // case ID present when labelled; absent IDs of this set when null
    const haystack = `${m.subject}\n${m.text ?? ''}\n${m.html ?? ''}`;
    if (m.caseId !== null && !haystack.includes(m.caseId)) fail(`${name}: labelled case ID ${m.caseId} not in the message`);
    if (m.caseId === null && ALL_CASE_IDS.some((c) => haystack.includes(c))) fail(`${name}: carries a case ID but is labelled null`);
    if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not found after decoding`);

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
  const shapes = new Map<string, number>();
  for (const m of all) shapes.set(shape(m), (shapes.get(shape(m)) ?? 0) + 1);
  console.log('shapes:', [...shapes.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));
  const auths = new Map<string, number>();
  for (const m of all) auths.set(m.auth, (auths.get(m.auth) ?? 0) + 1);
  console.log('auth:', [...auths.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));
}

await main();

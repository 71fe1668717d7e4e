// Generates set ay: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ay/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (xorshift32 + Fisher-Yates)
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0 || 1;
  const rnd = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
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
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const shape = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? 'alt' : m.html !== undefined ? 'html' : 'plain');
const short = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 8);

async function main(): Promise<void> {
  const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 0x5eed0a1);
  const slugs = new Set<string>();
  for (const m of all) {
    if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  }

  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set ay labels (unmeasured, written blind); see README.md. Never tune certmerge on this set.'];
  for (const [i, m] of all.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${shape(m) === 'plain' ? '' : shape(m) + '-'}${short(m.slug)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

    // mailparser round trip
    const p = await simpleParser(raw);
    if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
    const fromV = p.from?.value[0];
    const fromAddr = addrOf(m.from)[0] ?? '';
    const fromName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if ((fromV?.address ?? '').toLowerCase() !== fromAddr) fail(`${m.slug}: From address decodes to ${y(fromV?.address ?? '')}`);
    if ((fromV?.name ?? '') !== fromName) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}, wrote ${y(fromName)}`);
    const ptext = p.text ?? '';
    const phtml = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: text body does not round-trip`);
    if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
    const decoded = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
    if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
    if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
    if (m.caseId === null && /(?<![\dA-Z])\d{10,13}(?!\d)/.test(decoded)) fail(`${m.slug}: unlabelled case-like number in the message`);

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
  const encs = [...new Set(all.map((m) => `${m.enc}/${shape(m)}`))].sort();
  console.log(`encodings: ${encs.map((e) => `${e}=${count((m) => `${m.enc}/${shape(m)}` === e)}`).join(' ')}`);
}

await main();

// Generates the heldout3 corpus: node --import tsx test/mail/corpus/heldout3/generate.ts
// (adapted from heldout/generate.ts; adds a mailparser round trip per file)
// Writes NNN-<lang>-<slug>.eml and labels.yaml next to this script. The order is
// a fixed interleaving so that file numbers say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';

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

const all: Msg[] = shuffle([...JA, ...EN], 20260302);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

// File names must not reveal the kind, so they are derived from surface features only:
// the persona, the sender class and the body encoding (slugs stay internal).
import { USER_ADDRS, addrOf, domainOf } from './lib.js';
const PERSONA: Array<[string, string]> = [
  ['suzuki', 'ken'], ['fabrikam', 'ken'], ['takahashi', 'misaki'], ['contoso', 'misaki'], ['sho.ito', 'sho'], ['s-ito', 'sho'],
  ['nakamura', 'yuki'], ['okafor', 'dan'], ['fischer', 'lena'], ['wei.chen', 'wei'], ['chenw', 'wei'], ['iyer', 'raj'],
];
function fileStem(m: Msg): string {
  const addrs = [...addrOf(m.to), ...(m.cc ? addrOf(m.cc) : []), ...addrOf(m.from)];
  const user = addrs.find((a) => USER_ADDRS.includes(a));
  const who = (user && PERSONA.find(([k]) => user.includes(k))?.[1]) ?? 'other';
  const fromAddr = addrOf(m.from)[0] ?? '';
  const d = domainOf(m.from);
  const sender = USER_ADDRS.includes(fromAddr)
    ? 'self'
    : fromAddr === 'aws-cs-trainingcertification-form@amazon.com'
      ? 'form'
      : fromAddr === 'no-reply-aws@amazon.com'
        ? 'notify'
        : d === 'credly.com'
          ? 'credly'
          : d === 'aws.training'
            ? 'portal'
            : d.endsWith('amazon.com')
              ? 'aws'
              : 'ext';
  const shape = m.html !== undefined && m.text === undefined ? 'html' : m.html !== undefined ? 'alt' : 'plain';
  return `${who}-${sender}-${m.enc.replace('ascii7', 'ascii').replace('utf88bit', 'utf8raw')}-${shape}`;
}
const stems = new Map<string, number>();
const fileName = new Map<Msg, string>();
all.forEach((m, i) => {
  let stem = fileStem(m);
  const n = (stems.get(stem) ?? 0) + 1;
  stems.set(stem, n);
  if (n > 1) stem += `-${n}`;
  fileName.set(m, `${String(i + 1).padStart(3, '0')}-${m.lang}-${stem}.eml`);
});

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# heldout3 corpus labels; see README.md. Never tune certmerge on this set.'];
const written: Array<[string, Buffer, Msg]> = [];
all.forEach((m) => {
  const name = fileName.get(m) ?? '';
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  writeFileSync(join(here, name), raw);
  written.push([name, raw, m]);
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
});
writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

// every file must decode cleanly: no replacement characters, no leftover ISO-2022-JP escapes,
// a non-empty body, and the subject must decode to what we wrote
for (const [name, raw, m] of written) {
  const p = await simpleParser(raw);
  const body = `${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
  const hdrs = `${p.subject ?? ''} ${p.from?.text ?? ''} ${JSON.stringify(p.to ?? '')} ${JSON.stringify(p.cc ?? '')}`;
  if (/\uFFFD/.test(body + hdrs)) throw new Error(`${name}: replacement character after decoding`);
  if (/\x1b/.test(body + hdrs)) throw new Error(`${name}: escape sequence left after decoding`);
  if (body.trim().length < 20) throw new Error(`${name}: body did not decode`);
  if ((p.subject ?? '') !== m.subject) throw new Error(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(body)) throw new Error(`${name}: Japanese text lost`);
}

// summary for the README
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}

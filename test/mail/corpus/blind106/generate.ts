// Generates set da: node --import tsx test/mail/corpus/unmeasured/da/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 20260519);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[\u301C\uFF5E]/g, '~')
    .replace(/\s+/g, ' ')
    .trim();

/** the longest line of the written text, used to check the decoded body */
const probe = (m: Msg): string => {
  const src = norm(m.text ?? m.html ?? '');
  const lines = (m.text ?? (m.html ?? '').replace(/<[^>]+>/g, '\n'))
    .split('\n')
    .map((l) => norm(l))
    .filter((l) => l.length > 0 && src.includes(l));
  return lines.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 60);
};

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set da labels (unmeasured); see README.md.'];
  let i = 0;
  const errors: string[] = [];
  for (const m of all) {
    i++;
    try {
    const h = createHash('sha256').update('da:' + m.slug).digest('hex').slice(0, 8);
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    if (raw.includes(0x1b) && !m.enc.startsWith('jis') && !/ISO-2022-JP/.test(raw.toString('latin1'))) fail(`${m.slug}: stray ESC`);
    // the case ID must be in the bytes' decoded text when labelled
    const p = await simpleParser(raw);
    const body = (p.text ?? '') + '\n' + (typeof p.html === 'string' ? p.html : '');
    const all3 = `${p.subject ?? ''}\n${body}`;
    if (m.caseId !== null && !all3.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in decoded message`);
    if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const fromAddr = addrOf(m.from)[0];
    const fv = p.from?.value[0];
    if (!fv || fv.address !== fromAddr) fail(`${m.slug}: From address decodes to ${fv?.address}`);
    const fromName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
    if (fv && fv.name !== fromName) fail(`${m.slug}: From name decodes to ${JSON.stringify(fv.name)} not ${JSON.stringify(fromName)}`);
    if (/\uFFFD/.test(all3) || /\u001b/.test(all3) || /\uFFFD|\u001b/.test(p.subject ?? '')) fail(`${m.slug}: replacement char or ESC in decoded text`);
    const pr = probe(m);
    if (pr.length < 8 || !norm(body).includes(pr)) fail(`${m.slug}: body does not contain ${JSON.stringify(pr)}`);
    writeFileSync(join(here, name), raw);
    } catch (e) {
      errors.push((e as Error).message);
      continue;
    }
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${createHash('sha256').update('da:' + m.slug).digest('hex').slice(0, 8)}.eml`;
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
  if (errors.length) fail('self-check failed:\n' + errors.join('\n'));
  writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

  const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
  const kinds = [...new Set(all.map((m) => m.kind))].sort();
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
  console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
  console.log('| kind | total | ja | en | traps | untrusted | forUser false |');
  for (const k of kinds) {
    const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
    console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} | ${c((m) => !m.forUser)} |`);
  }
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.text === undefined)}, multipart ${count((m) => m.text !== undefined && m.html !== undefined)}`);
}

await main();

/**
 * Shared pieces of the benchmarks: results, statistics, the machine's
 * description, case files and support mail builders. Nothing here is timed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import pino, { type Logger } from 'pino';
import { validateCaseFile, type CaseFile } from '../src/cases/case-file.js';

/** One line of the results table. */
export interface ResultRow {
  benchmark: string;
  metric: string;
  target: string;
  measured: string;
  /** null: reported for information, no target. */
  met: boolean | null;
}

export interface BenchResult {
  name: string;
  title: string;
  /** How it was measured, for BENCHMARKS.md. */
  method: string;
  rows: ResultRow[];
  /** Lines printed and copied into BENCHMARKS.md under the benchmark. */
  details: string[];
}

export interface Benchmark {
  name: string;
  title: string;
  run(): Promise<BenchResult>;
}

export const AUTHSERV = 'mx.bench.certmerge.invalid';
export const USER_ADDRESS = 'taro.personal@example.com';
export const SUPPORT_ADDRESS = 'aws-cs-trainingcertification-form@amazon.com';

export const silentLogger = (): Logger => pino({ level: 'silent' });

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `certmerge-bench-${prefix}-`));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function median(xs: number[]): number {
  return percentile([...xs].sort((a, b) => a - b), 50);
}

export const ms = (x: number) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
export const ratio = (x: number) => `${x >= 10 ? Math.round(x) : x.toFixed(2)}×`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Prints a line now and keeps it for BENCHMARKS.md. */
export function reporter(name: string): { line(s: string): void; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    line(s: string) {
      lines.push(s);
      console.log(`[${name}] ${s}`);
    },
  };
}

export function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}

export function machineDescription(): Record<string, string> {
  const cpus = os.cpus();
  const dovecot = spawnSync('/usr/sbin/dovecot', ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'not installed';
  return {
    CPU: `${cpus[0]?.model.trim() ?? 'unknown'}`,
    Cores: String(os.availableParallelism?.() ?? cpus.length),
    Memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    OS: `${os.type()} ${os.release()} (${os.arch()})`,
    Node: process.version,
    Dovecot: dovecot,
    Date: new Date().toISOString(),
  };
}

/** A valid case file; `n` varies the candidate IDs so many cases can coexist. */
export function benchCaseFile(n = 0, lang: 'ja' | 'en' = 'en'): CaseFile {
  const id = (base: number) => `AWS${String(base + n).padStart(8, '0')}`;
  return validateCaseFile({
    language: lang,
    requester: { name: lang === 'ja' ? '山田 太郎' : 'Alex Doe', company: 'Example Corp' },
    reason: 'I left the company and want to keep my certifications on my personal account.',
    target: {
      candidateId: id(10_000_000),
      loginEmail: USER_ADDRESS,
      trainingEmail: USER_ADDRESS,
      certificationEmail: USER_ADDRESS,
      certifications: [{ name: 'AWS Certified Solutions Architect - Associate', passedOn: '2023-04-01', expiresOn: '2026-04-01' }],
      benefits: [{ kind: '50% exam discount voucher', expiresOn: '2026-04-01' }],
    },
    source: {
      candidateId: id(50_000_000),
      loginEmail: 'taro@corp.example.co.jp',
      trainingEmail: 'taro@corp.example.co.jp',
      certificationEmail: 'taro@corp.example.co.jp',
      certifications: [{ name: 'AWS Certified Developer - Associate', passedOn: '2024-06-15', expiresOn: '2027-06-15' }],
      benefits: [],
    },
  });
}

/**
 * A support message as the user's receiving server stores it: the composed
 * message with that server's Authentication-Results on top.
 */
export async function supportMail(o: {
  from?: string;
  to?: string;
  subject: string;
  text: string;
  messageId: string;
  date: Date;
  inReplyTo?: string;
  references?: string[];
  dkimDomain?: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  trusted?: boolean;
}): Promise<Buffer> {
  const body = await new MailComposer({
    from: o.from ?? `AWS Training and Certification <${SUPPORT_ADDRESS}>`,
    to: o.to ?? USER_ADDRESS,
    subject: o.subject,
    text: o.text,
    messageId: o.messageId,
    date: o.date,
    inReplyTo: o.inReplyTo,
    references: o.references,
    attachments: o.attachments,
  })
    .compile()
    .build();
  if (o.trusted === false) return body;
  const d = o.dkimDomain ?? 'amazon.com';
  const ar = `Authentication-Results: ${AUTHSERV};\r\n dkim=pass header.d=${d} header.s=bench;\r\n spf=pass smtp.mailfrom=${d};\r\n dmarc=pass (p=QUARANTINE) header.from=${d}\r\n`;
  return Buffer.concat([Buffer.from(ar), body]);
}

/** The receipt support sends for a new case, echoing the submitted form (with the candidate IDs). */
export function acknowledgementMail(o: { supportCaseId: string; caseFile: CaseFile; messageId: string; date: Date }): Promise<Buffer> {
  return supportMail({
    subject: `[CASE ${o.supportCaseId}] [AWS Training and Certification Form Submission] - account-assistance`,
    text:
      `Thank you for contacting AWS Training and Certification.\nWe have received your case. Case ID: ${o.supportCaseId}\n` +
      `A member of our team will respond as soon as possible. Replying to this email will update your case.\n\n` +
      `Your submission:\nCandidate ID to keep: ${o.caseFile.target.candidateId}\nCandidate ID to merge: ${o.caseFile.source.candidateId}\n` +
      `\nAWS Training and Certification Customer Support`,
    messageId: o.messageId,
    date: o.date,
  });
}

/** Reads VmRSS / VmHWM of a process, in bytes. */
export function procMemory(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
    const rss = kb('VmRSS');
    return Number.isFinite(rss) ? { rss, hwm: kb('VmHWM') } : null;
  } catch {
    return null;
  }
}

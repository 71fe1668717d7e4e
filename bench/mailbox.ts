/**
 * A big, realistic, unrelated mailbox, generated fast: a few templates varied by
 * headers and body length, written straight into Dovecot's Maildir.
 */
import { randomBytes } from 'node:crypto';
import type { DovecotHarness } from '../test/harness/dovecot.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same mailbox. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the quarterly report meeting agenda project update please review attached schedule team lunch budget invoice ' +
  'delivery order shipped tracking newsletter weekly digest conference speaker registration deadline reminder ' +
  'release notes version feature bug fix deploy pipeline build failed succeeded commit branch merge request review ' +
  'customer account password security alert login device location travel booking hotel flight itinerary receipt ' +
  'subscription renewal discount offer sale limited time webinar recording slides summary minutes action items'
).split(' ');

function lorem(r: () => number, chars: number): string {
  const out: string[] = [];
  let n = 0;
  let line = 0;
  while (n < chars) {
    const w = WORDS[Math.floor(r() * WORDS.length)] as string;
    out.push(w);
    n += w.length + 1;
    line += w.length + 1;
    if (line > 70) {
      out.push('\r\n');
      line = 0;
    }
  }
  return out.join(' ').replace(/ \r\n /g, '\r\n');
}

const SENDERS = [
  'GitHub <notifications@github.com>',
  'The Weekly Digest <digest@news.example.org>',
  'Hanako Suzuki <hanako@example.co.jp>',
  'Shop <orders@shop.example.com>',
  'Calendar <calendar-noreply@example.net>',
  'Bank <alerts@bank.example.com>',
  'Travel <booking@travel.example.com>',
  'Colleague <kenji.sato@corp.example.co.jp>',
];
const SUBJECTS = ['Weekly digest #', 'Re: project update ', 'Your order has shipped ', 'Invitation: team sync ', 'Security alert ', 'Itinerary ', '[repo] PR #', 'Minutes of meeting '];
/** Unrelated mail that still matches the server-side search (an AWS sender or a keyword in the subject). */
const LOOKALIKES = [
  { from: 'Amazon Web Services <aws-marketing-email-replies@amazon.com>', subject: 'AWS re:Invent recap #' },
  { from: 'AWS Billing <no-reply-aws@amazon.com>', subject: 'Your AWS invoice is available #' },
  { from: 'Meetup <info@meetup.example.com>', subject: 'Customer showcase: serverless in production #' },
  { from: 'Amazon.com <shipment-tracking@amazon.com>', subject: 'Your Amazon.com order has shipped #' },
];

export interface MailboxSpec {
  count: number;
  /** Share of 1–5 MB messages with an attachment. */
  largeShare: number;
  /** Share of unrelated mail that matches the server-side search. */
  lookalikeShare: number;
  /** Dates are spread uniformly over this many days before `now`. */
  days: number;
  now: Date;
}

export interface MailboxStats {
  messages: number;
  bytes: number;
  large: number;
  lookalikes: number;
  ms: number;
}

/** Writes `spec.count` unrelated messages into the user's INBOX Maildir (new/). */
export function fillMailbox(d: DovecotHarness, user: string, folder: string, spec: MailboxSpec, seed = 1): MailboxStats {
  const t0 = performance.now();
  const r = rng(seed);
  // One pool of text and one of base64 attachment data, sliced per message: generation costs nothing.
  const textPool = lorem(r, 120_000);
  const b64 = randomBytes(4 * 1024 * 1024).toString('base64').replace(/.{76}/g, '$&\r\n');
  let bytes = 0;
  let large = 0;
  let lookalikes = 0;
  for (let i = 0; i < spec.count; i++) {
    const date = new Date(spec.now.getTime() - r() * spec.days * 86400_000);
    const look = r() < spec.lookalikeShare ? LOOKALIKES[Math.floor(r() * LOOKALIKES.length)] : undefined;
    const from = look?.from ?? (SENDERS[Math.floor(r() * SENDERS.length)] as string);
    const subject = `${look?.subject ?? SUBJECTS[Math.floor(r() * SUBJECTS.length)]}${i}`;
    const isLarge = r() < spec.largeShare;
    // Mostly 2–50 KB, skewed towards the small end like real mail.
    const textChars = Math.floor(1500 + Math.pow(r(), 2) * 45_000);
    const offset = Math.floor(r() * (textPool.length - textChars - 1));
    const text = textPool.slice(offset, offset + Math.min(textChars, 20_000));
    const html = textChars > 20_000 ? `<html><body><p>${textPool.slice(0, textChars - 20_000).replace(/\r\n/g, '</p>\r\n<p>')}</p></body></html>` : null;
    const head =
      `Return-Path: <bounce-${i}@mail.example.net>\r\n` +
      `Received: from mail.example.net (mail.example.net [192.0.2.${i % 250}]) by mx.bench.certmerge.invalid with ESMTPS id ${i.toString(36)}; ${date.toUTCString()}\r\n` +
      `Message-ID: <bulk-${seed}-${i}@mail.example.net>\r\nDate: ${date.toUTCString()}\r\nFrom: ${from}\r\nTo: Taro Yamada <taro.personal@example.com>\r\n` +
      `Subject: ${subject}\r\nMIME-Version: 1.0\r\n`;
    let raw: string;
    if (isLarge) {
      large++;
      const attChars = Math.floor((1 + r() * 4) * 1024 * 1024 * 1.35);
      let att = b64.slice(0, Math.min(attChars, b64.length));
      while (att.length < attChars) att += b64.slice(0, Math.min(attChars - att.length, b64.length));
      raw =
        head +
        `Content-Type: multipart/mixed; boundary="b-${i}"\r\n\r\n--b-${i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text.slice(0, 3000)}\r\n` +
        `--b-${i}\r\nContent-Type: application/pdf; name="report-${i}.pdf"\r\nContent-Disposition: attachment; filename="report-${i}.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${att}\r\n--b-${i}--\r\n`;
    } else if (html) {
      raw =
        head +
        `Content-Type: multipart/alternative; boundary="a-${i}"\r\n\r\n--a-${i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n` +
        `--a-${i}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n--a-${i}--\r\n`;
    } else {
      raw = head + `Content-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n`;
    }
    if (look) lookalikes++;
    const buf = Buffer.from(raw);
    bytes += buf.length;
    d.deliverFile(user, folder, buf, date);
  }
  return { messages: spec.count, bytes, large, lookalikes, ms: performance.now() - t0 };
}

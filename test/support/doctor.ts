import { run } from '../../src/cli/main.js';

/** The authserv-id of the test mail server. */
export const AUTHSERV = 'mx.doctor.example';

/** A support message as the test mail server delivers it: its Authentication-Results on top. */
export const supportMail = Buffer.from(
  [
    `Authentication-Results: ${AUTHSERV};`,
    ' dkim=pass header.d=amazon.com header.s=s1;',
    ' dmarc=pass (p=QUARANTINE) header.from=amazon.com',
    'From: AWS Training and Certification <no-reply@amazon.com>',
    'To: alice@example.com',
    'Subject: [CASE 171234567890] received',
    'Message-ID: <doctor-1@amazon.com>',
    'Date: Tue, 01 Dec 2026 10:00:00 +0000',
    '',
    'We received your case.',
    '',
  ].join('\r\n'),
);

/** Runs `certmerge doctor` in-process and collects what it prints. */
export async function doctor(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['doctor', ...args], { out: (s) => void out.push(s), err: (s) => void err.push(s) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { composeReply } from '../../../src/mail/drafts/compose-reply.js';
import { extractEnvelope } from '../../../src/mail/drafts/envelope.js';
import { describeSendError, sendRaw } from '../../../src/mail/drafts/send.js';
import { AppError } from '../../../src/errors.js';
import type { SmtpConfig } from '../../../src/config/schema.js';
import { startSmtp, type SmtpHarness } from '../../harness/smtp.js';
import { FROM, NOW, SUPPORT_ADDRESS, SUPPORT_CASE_ID, sampleCase, supportMessage } from './sample-case.js';

const PASS = 'hunter2-very-secret';

function smtpFor(h: { host: string; port: number }, auth?: { user: string; pass: string }): SmtpConfig {
  return { host: h.host, port: h.port, secure: false, allowSelfSigned: false, user: auth?.user, pass: auth?.pass };
}

async function draft(): Promise<Buffer> {
  const d = await composeReply({
    kind: 'info',
    caseFile: sampleCase(),
    supportCaseId: SUPPORT_CASE_ID,
    answered: supportMessage('ja'),
    from: FROM,
    now: NOW,
  });
  return d.raw;
}

function headerSection(raw: Buffer): string {
  const s = raw.toString('latin1');
  return s.slice(0, s.indexOf('\r\n\r\n'));
}

function sendFailed(check: (message: string) => void) {
  return (err: unknown): boolean => {
    assert.ok(err instanceof AppError, `expected AppError, got ${String(err)}`);
    assert.equal(err.code, 'SEND_FAILED');
    assert.doesNotMatch(err.message, /\n/, 'one line');
    check(err.message);
    return true;
  };
}

describe('extractEnvelope', () => {
  it('takes the sender from From and the recipients from To, Cc and Bcc', async () => {
    assert.deepEqual(extractEnvelope(await draft()), { from: 'taro.personal@example.com', to: [SUPPORT_ADDRESS] });
    const raw = Buffer.from('From: "A, B" <a@x.example>\r\nTo: c@y.example,\r\n d@y.example\r\nCc: Group: e@z.example;\r\nBcc: c@y.example\r\n\r\nbody\r\n');
    assert.deepEqual(extractEnvelope(raw), { from: 'a@x.example', to: ['c@y.example', 'd@y.example', 'e@z.example'] });
  });

  it('refuses a message without a recipient', () => {
    assert.throws(() => extractEnvelope(Buffer.from('From: a@x.example\r\n\r\nbody')), (e: unknown) => e instanceof AppError && /recipient/.test(e.message));
  });
});

describe('describeSendError', () => {
  it('blanks out the password and its base64 forms when a server reply echoes them', () => {
    const smtp: SmtpConfig = { host: 'smtp.example.com', port: 465, secure: true, allowSelfSigned: false, user: 'taro', pass: PASS };
    const token = Buffer.from(`\0taro\0${PASS}`).toString('base64');
    const line = describeSendError(smtp, Object.assign(new Error('x'), { code: 'EAUTH', response: `535 bad token ${token} for ${PASS}` }));
    assert.equal(line, 'could not send the draft via smtp.example.com:465: the server refused the login (server said: 535 bad token *** for ***)');
  });
});

describe('sendRaw against a real SMTP server on loopback', () => {
  let plain: SmtpHarness;
  let authed: SmtpHarness;
  before(async () => {
    plain = await startSmtp();
    authed = await startSmtp({ auth: { user: 'taro', pass: PASS } });
  });
  after(async () => {
    await plain.stop();
    await authed.stop();
  });

  it('delivers the draft byte for byte: same headers, same threading, same body', async () => {
    const raw = await draft();
    const before = plain.messages.length;
    const result = await sendRaw(smtpFor(plain), extractEnvelope(raw), raw);
    const [got] = (await plain.waitForMessages(before + 1)).slice(before);
    assert.ok(got);
    assert.equal(headerSection(got.raw), headerSection(raw));
    assert.equal(got.raw.toString('latin1').replace(/\r\n$/, ''), raw.toString('latin1').replace(/\r\n$/, ''));
    assert.deepEqual(got.envelope, { mailFrom: 'taro.personal@example.com', rcptTo: [SUPPORT_ADDRESS] });
    assert.match(headerSection(got.raw), /\r\nIn-Reply-To: <0100019b1d2e3f4a-5b6c7d8e-support@email\.amazonses\.com>\r\n/);
    assert.match(result.messageId, /^<certmerge\.[^>]+@example\.com>$/);
    assert.ok(headerSection(got.raw).includes(`Message-ID: ${result.messageId}`));
    assert.match(result.response, /^250 .*queued by certmerge test/);
  });

  it('logs in when credentials are configured', async () => {
    const raw = await draft();
    await sendRaw(smtpFor(authed, { user: 'taro', pass: PASS }), extractEnvelope(raw), raw);
    const [got] = await authed.waitForMessages(1);
    assert.equal(got?.user, 'taro');
  });

  it('turns a refused login into SEND_FAILED without the password', async () => {
    const raw = await draft();
    const wrong = 'wrong-secret-password';
    await assert.rejects(
      sendRaw(smtpFor(authed, { user: 'taro', pass: wrong }), extractEnvelope(raw), raw),
      sendFailed((m) => {
        assert.match(m, /^could not send the draft via 127\.0\.0\.1:\d+: the server refused the login \(server said: 535/);
        assert.ok(!m.includes(wrong) && !m.includes(Buffer.from(`\0taro\0${wrong}`).toString('base64')));
      }),
    );
  });

  it('turns a 550 rejection of the message into SEND_FAILED quoting the server', async () => {
    const raw = await draft();
    plain.setFailure({ stage: 'data', code: 550, message: 'Message rejected as spam', times: 1 });
    await assert.rejects(
      sendRaw(smtpFor(plain), extractEnvelope(raw), raw),
      sendFailed((m) => assert.match(m, /the server rejected the message \(server said: 550 Message rejected as spam\)/)),
    );
  });

  it('turns a 550 rejection of the recipient into SEND_FAILED naming the envelope', async () => {
    const raw = await draft();
    plain.setFailure({ stage: 'rcpt', code: 550, message: 'No such user here', times: 1 });
    await assert.rejects(
      sendRaw(smtpFor(plain), extractEnvelope(raw), raw),
      sendFailed((m) => assert.match(m, /refused the sender or a recipient.*550 No such user here/)),
    );
  });

  it('reports a server that is not there as a failed connection', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const raw = await draft();
    await assert.rejects(
      sendRaw(smtpFor({ host: '127.0.0.1', port }), extractEnvelope(raw), raw),
      sendFailed((m) => assert.match(m, /could not connect \(ECONNREFUSED\)/)),
    );
  });

  it('gives up on a server that never greets, within the configured timeout', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as AddressInfo).port;
    const raw = await draft();
    const started = Date.now();
    try {
      await assert.rejects(
        sendRaw(smtpFor({ host: '127.0.0.1', port }), extractEnvelope(raw), raw, { connectionMs: 1000, greetingMs: 200, socketMs: 1000 }),
        sendFailed((m) => assert.match(m, /did not answer in time/)),
      );
      assert.ok(Date.now() - started < 3000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('refuses an empty recipient list without connecting', async () => {
    await assert.rejects(sendRaw(smtpFor(plain), { from: 'a@example.com', to: [] }, await draft()), sendFailed((m) => assert.match(m, /no recipient/)));
  });
});

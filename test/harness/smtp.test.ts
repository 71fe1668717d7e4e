import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import nodemailer from 'nodemailer';
import { startSmtp } from './smtp.js';

const mail = { from: 'me@example.com', to: 'support@example.com', subject: 'Hi', text: 'hello there', messageId: '<t1@example.com>' };

describe('smtp harness', () => {
  it('should capture the raw message and the envelope', async () => {
    const s = await startSmtp();
    try {
      const t = nodemailer.createTransport({ host: s.host, port: s.port, secure: false, ignoreTLS: true });
      await t.sendMail(mail);
      const [m] = await s.waitForMessages(1);
      assert.ok(m);
      assert.deepEqual(m.envelope, { mailFrom: 'me@example.com', rcptTo: ['support@example.com'] });
      assert.match(m.raw.toString(), /Message-ID: <t1@example.com>/i);
      assert.match(m.raw.toString(), /hello there/);
      assert.equal(m.user, null);
    } finally {
      await s.stop();
    }
  });

  it('should require auth when configured and refuse bad credentials', async () => {
    const s = await startSmtp({ auth: { user: 'u', pass: 'p' } });
    try {
      const bad = nodemailer.createTransport({ host: s.host, port: s.port, secure: false, ignoreTLS: true, auth: { user: 'u', pass: 'x' } });
      await assert.rejects(bad.sendMail(mail), /535|Invalid/);
      const anon = nodemailer.createTransport({ host: s.host, port: s.port, secure: false, ignoreTLS: true });
      await assert.rejects(anon.sendMail(mail));
      const good = nodemailer.createTransport({ host: s.host, port: s.port, secure: false, ignoreTLS: true, auth: { user: 'u', pass: 'p' } });
      await good.sendMail(mail);
      const [m] = await s.waitForMessages(1);
      assert.equal(m?.user, 'u');
    } finally {
      await s.stop();
    }
  });

  it('should reject on demand, a limited number of times', async () => {
    const s = await startSmtp({ failure: { stage: 'data', code: 451, message: 'try later', times: 1 } });
    try {
      const t = nodemailer.createTransport({ host: s.host, port: s.port, secure: false, ignoreTLS: true });
      await assert.rejects(t.sendMail(mail), (e: Error & { responseCode?: number }) => e.responseCode === 451);
      await t.sendMail(mail);
      assert.equal(s.messages.length, 1);
      s.setFailure({ stage: 'rcpt', code: 550 });
      await assert.rejects(t.sendMail(mail), (e: Error & { responseCode?: number }) => e.responseCode === 550);
      s.setFailure(null);
      await t.sendMail(mail);
      assert.equal(s.messages.length, 2);
    } finally {
      await s.stop();
    }
  });

  it('should time out waiting when nothing arrives', async () => {
    const s = await startSmtp();
    try {
      await assert.rejects(s.waitForMessages(1, 50), /expected 1 message/);
    } finally {
      await s.stop();
    }
  });
});

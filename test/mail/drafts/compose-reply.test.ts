import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser, type AddressObject } from 'mailparser';
import { composeReply, isNoReplyAddress } from '../../../src/mail/drafts/compose-reply.js';
import { AppError } from '../../../src/errors.js';
import type { ComposeReplyInput } from '../../../src/mail/drafts/types.js';
import { FROM, NOW, SUPPORT_ADDRESS, SUPPORT_CASE_ID, sampleCase, supportMessage } from './sample-case.js';

function input(overrides: Partial<ComposeReplyInput> = {}): ComposeReplyInput {
  return {
    kind: 'confirmation',
    caseFile: sampleCase(),
    supportCaseId: SUPPORT_CASE_ID,
    answered: supportMessage('ja'),
    from: FROM,
    now: NOW,
    messageIdFactory: (domain) => `<fixed.1@${domain}>`,
    ...overrides,
  };
}

function firstAddress(a: AddressObject | AddressObject[] | undefined): { address?: string | undefined; name: string } | undefined {
  return (Array.isArray(a) ? a[0] : a)?.value[0];
}

describe('composeReply', () => {
  it('threads the reply on the answered message and parses back with the same headers', async () => {
    const draft = await composeReply(input());
    const parsed = await simpleParser(draft.raw);
    assert.equal(parsed.messageId, '<fixed.1@example.com>');
    assert.equal(draft.messageId, '<fixed.1@example.com>');
    assert.equal(parsed.inReplyTo, '<0100019b1d2e3f4a-5b6c7d8e-support@email.amazonses.com>');
    assert.deepEqual(parsed.references, [
      '<first.1702@example.com>',
      '<0100019b0a1b2c3d-ack@email.amazonses.com>',
      '<0100019b1d2e3f4a-5b6c7d8e-support@email.amazonses.com>',
    ]);
    assert.deepEqual(draft.references, parsed.references);
    assert.equal(draft.inReplyTo, parsed.inReplyTo);
    assert.equal(parsed.subject, `Re: [CASE ${SUPPORT_CASE_ID}] [AWS Training and Certification Form Submission] - account-assistance`);
    assert.equal(draft.subject, parsed.subject);
    assert.equal(parsed.date?.toISOString(), NOW.toISOString());
    assert.deepEqual(firstAddress(parsed.from), { address: 'taro.personal@example.com', name: '山田 太郎' });
    assert.equal(firstAddress(parsed.to)?.address, SUPPORT_ADDRESS);
    assert.equal(draft.to, SUPPORT_ADDRESS);
  });

  it('decodes back to the same Japanese UTF-8 text, reply and quote included', async () => {
    const draft = await composeReply(input());
    const parsed = await simpleParser(draft.raw);
    assert.equal(parsed.text, draft.text);
    assert.match(parsed.text ?? '', /お世話になっております。Example Corpの山田 太郎です。/);
    assert.match(draft.raw.toString('latin1'), /\r\nContent-Type: text\/plain; charset=utf-8\r\n/i);
    assert.equal(draft.language, 'ja');
  });

  it('encodes a Japanese subject so it decodes back intact', async () => {
    const answered = supportMessage('ja', { subject: 'RE: [CASE 171234567890] アカウント統合のご確認' });
    const parsed = await simpleParser((await composeReply(input({ answered }))).raw);
    assert.equal(parsed.subject, 'Re: [CASE 171234567890] アカウント統合のご確認');
  });

  it('writes CRLF line ends only and keeps every header line within 998 characters', async () => {
    const raw = (await composeReply(input({ kind: 'info' }))).raw.toString('latin1');
    assert.doesNotMatch(raw, /(?<!\r)\n/);
    for (const line of raw.split('\r\n')) assert.ok(line.length <= 998);
  });

  it('sends the reply to Reply-To when the answered message has one', async () => {
    const answered = supportMessage('en', { replyTo: { name: 'Case mailbox', address: 'case-171234567890@support.aws.com' } });
    const draft = await composeReply(input({ answered }));
    assert.equal(draft.to, 'case-171234567890@support.aws.com');
    const parsed = await simpleParser(draft.raw);
    assert.deepEqual(firstAddress(parsed.to), { address: 'case-171234567890@support.aws.com', name: 'Case mailbox' });
  });

  it('sends the reply to From when Reply-To is absent', async () => {
    const draft = await composeReply(input({ answered: supportMessage('en', { replyTo: undefined }) }));
    assert.equal(draft.to, SUPPORT_ADDRESS);
  });

  it('never writes to a no-reply address: a reclassified automated answer from no-reply-aws@amazon.com is answered at the support address', async () => {
    const fromAws = { name: 'Amazon Web Services', address: 'no-reply-aws@amazon.com' };
    const draft = await composeReply(input({ answered: supportMessage('en', { from: fromAws }), to: `AWS Training and Certification <${SUPPORT_ADDRESS}>` }));
    assert.equal(draft.to, SUPPORT_ADDRESS);
    const parsed = await simpleParser(draft.raw);
    assert.deepEqual(firstAddress(parsed.to), { address: SUPPORT_ADDRESS, name: 'AWS Training and Certification' });
    assert.equal(parsed.inReplyTo, '<0100019b1d2e3f4a-5b6c7d8e-support@email.amazonses.com>', 'still threaded on the answered message');
    // A Reply-To that is not a no-reply address comes first; a no-reply Reply-To is passed over for From.
    const viaReplyTo = await composeReply(input({ answered: supportMessage('en', { from: fromAws, replyTo: { name: 'Case mailbox', address: 'case-171234567890@support.aws.com' } }), to: SUPPORT_ADDRESS }));
    assert.equal(viaReplyTo.to, 'case-171234567890@support.aws.com');
    const noReplyReplyTo = await composeReply(input({ answered: supportMessage('en', { replyTo: { name: '', address: 'noreply@amazon.com' } }), to: 'other@example.com' }));
    assert.equal(noReplyReplyTo.to, SUPPORT_ADDRESS);
    // With no support address to fall back on, no draft rather than one to nobody.
    await assert.rejects(composeReply(input({ answered: supportMessage('en', { from: fromAws }) })), (err: unknown) => err instanceof AppError && err.code === 'BAD_INPUT' && /no-reply/.test(err.message));
    await assert.rejects(composeReply(input({ answered: null, to: 'do-not-reply@amazon.com' })), (err: unknown) => err instanceof AppError && err.code === 'BAD_INPUT' && /no-reply/.test(err.message));
  });

  it('tells no-reply addresses from support addresses', () => {
    for (const a of ['no-reply-aws@amazon.com', 'noreply@amazon.com', 'No_Reply@x.example', 'do-not-reply@x.example', 'donotreply@x.example', 'aws-noreply@x.example']) assert.equal(isNoReplyAddress(a), true, a);
    for (const a of [SUPPORT_ADDRESS, 'reply@x.example', 'noreplyguy@x.example', 'nora@x.example', 'case-171234567890@support.aws.com']) assert.equal(isNoReplyAddress(a), false, a);
  });

  it('quotes the answered message below the reply with a Japanese Gmail-style attribution line', async () => {
    const draft = await composeReply(input());
    const [reply, quote] = draft.text.split('\n2025年12月15日(月) 10:12 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n');
    assert.ok(reply && quote, 'attribution line present in Tokyo time');
    assert.ok(reply.trimEnd().endsWith('Example Corp'), 'the reply comes first, signed');
    assert.ok(quote.startsWith('> 山田 様\n>\n> AWS トレーニングと認定カスタマーサポートにお問い合わせいただき'));
    for (const line of quote.trimEnd().split('\n')) assert.match(line, /^>( |$)/);
  });

  it('leaves the quote out when the answered message had no new text', async () => {
    const draft = await composeReply(input({ answered: supportMessage('ja', { text: ' \r\n ' }) }));
    assert.doesNotMatch(draft.text, /^>|>:$/m);
    assert.ok(draft.text.trimEnd().endsWith('Example Corp'));
  });

  it('quotes an English message with an "On … wrote:" line', async () => {
    const draft = await composeReply(input({ answered: supportMessage('en') }));
    assert.ok(draft.text.includes('\nOn Mon, Dec 15, 2025 at 01:12 UTC, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n> Hello,\n>\n> Thank you for contacting'));
  });

  it('renders the attribution in the time zone it is given', async () => {
    const draft = await composeReply(input({ answered: supportMessage('en'), timeZone: 'America/New_York' }));
    assert.ok(draft.text.includes('On Sun, Dec 14, 2025 at 20:12 America/New_York, AWS'));
  });

  it('writes in the language of the answered support mail, not the case language', async () => {
    const draft = await composeReply(input({ answered: supportMessage('en') }));
    assert.equal(draft.language, 'en');
    assert.match(draft.text, /^Dear AWS Training and Certification Support team,/);
  });

  it('writes in the case language when there is no message to answer, to the given address, starting a thread', async () => {
    const draft = await composeReply(input({ kind: 'followup_overdue', answered: null, to: `AWS T&C <${SUPPORT_ADDRESS}>`, caseFile: sampleCase({ language: 'en' }) }));
    assert.equal(draft.language, 'en');
    assert.equal(draft.to, SUPPORT_ADDRESS);
    assert.equal(draft.subject, `[CASE ${SUPPORT_CASE_ID}] AWS Certification account merge`);
    assert.equal(draft.inReplyTo, null);
    assert.deepEqual(draft.references, []);
    const parsed = await simpleParser(draft.raw);
    assert.equal(parsed.inReplyTo, undefined);
    assert.equal(parsed.references, undefined);
    assert.doesNotMatch(draft.text, /wrote:|^>/m);
  });

  it('refuses to draft without a recipient when there is no message to answer', async () => {
    await assert.rejects(composeReply(input({ answered: null })), (err: unknown) => err instanceof AppError && err.code === 'BAD_INPUT');
  });

  it('makes a Message-ID on the domain of the from address, different every time, by default', async () => {
    const a = await composeReply(input({ messageIdFactory: undefined }));
    const b = await composeReply(input({ messageIdFactory: undefined }));
    assert.match(a.messageId, /^<[^<>@\s]+@example\.com>$/);
    assert.notEqual(a.messageId, b.messageId);
    assert.equal((await simpleParser(a.raw)).messageId, a.messageId);
  });

  it('puts angle brackets around an ID from the factory that has none', async () => {
    const draft = await composeReply(input({ messageIdFactory: (d) => `bare.2@${d}` }));
    assert.equal(draft.messageId, '<bare.2@example.com>');
  });

  it('reports a from address without an email as a config error', async () => {
    await assert.rejects(composeReply(input({ from: 'Taro Yamada' })), (err: unknown) => err instanceof AppError && err.code === 'BAD_CONFIG' && /mail\.from/.test(err.message));
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([composeReply(input()), composeReply(input())]);
    assert.ok(a.raw.equals(b.raw));
  });
});

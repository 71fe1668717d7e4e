// The case-management systems of set z. Each function returns a Card: fixed template wording
// around the free text an agent (or a bot) typed.
import { type Card, type Lang, LEGAL, UNSUB, WHY, caseUrl, formUrl, px, sfRef } from './common.js';

interface Opt {
  badge?: string;
  badgeColor?: string;
  preheader?: string;
  survey?: string;
  quoted?: string;
  quoteHead?: string;
  footerExtra?: string[];
  heading?: string;
  rows?: Array<[string, string]>;
  button?: [string, string];
  button2?: [string, string];
  unsub?: boolean;
}

/** AWS Training and Certification Form replies (Salesforce-style case mail) */
export function formCard(lang: Lang, id: string, seed: string, body: string, o: Opt = {}): Card {
  const ja = lang === 'ja';
  return {
    lang,
    brand: ja ? 'AWS トレーニングと認定' : 'AWS Training and Certification',
    preheader: o.preheader,
    heading: o.heading,
    badge: o.badge,
    badgeColor: o.badgeColor,
    rows: o.rows ?? (ja ? [['ケース ID', id], ['お問い合わせ種別', 'アカウントに関するお問い合わせ']] : [['Case ID', id], ['Category', 'account-assistance']]),
    body,
    button: o.button ?? (ja ? ['ケースに返信', formUrl(id)] : ['Reply to case', formUrl(id)]),
    button2: o.button2,
    survey: o.survey,
    quoted: o.quoted,
    quoteHead: o.quoteHead,
    footer: [...(o.footerExtra ?? []), ja ? WHY.ja : WHY.en, sfRef(seed), ...(ja ? LEGAL.ja : LEGAL.en), ...(o.unsub === false ? [] : [ja ? UNSUB.ja : UNSUB.en])],
    pixel: px('t.trainingcert-mail.amazon.com', seed),
  };
}

/** AWS Support Center notifications from no-reply-aws@amazon.com */
export function centerCard(lang: Lang, id: string, seed: string, heading: string, status: string, body: string, o: Opt = {}): Card {
  const ja = lang === 'ja';
  return {
    lang,
    brand: 'Amazon Web Services',
    preheader: o.preheader,
    heading,
    badge: status,
    badgeColor: o.badgeColor,
    rows: o.rows ?? (ja ? [['ケース ID', id], ['件名', 'AWS 認定アカウントの統合'], ['重要度', '一般的な質問']] : [['Case ID', id], ['Subject', 'Merge my certification accounts'], ['Severity', 'General question']]),
    body,
    button: o.button ?? (ja ? ['ケースを表示', caseUrl(id) + 'ja'] : ['View case', caseUrl(id) + 'en']),
    button2: o.button2 ?? (ja ? ['ケースに返信', formUrl(id)] : ['Reply to case', formUrl(id)]),
    survey: o.survey,
    quoted: o.quoted,
    quoteHead: o.quoteHead,
    footer: [
      ...(o.footerExtra ?? []),
      ja
        ? 'このメールは送信専用アドレスから送信されています。ご返信は上の「ケースに返信」ボタン、または AWS サポートセンターからお願いいたします。'
        : 'This notification was sent from an address that cannot accept replies. Use the Reply to case button above or the AWS Support Center to respond.',
      ...(ja ? LEGAL.ja : LEGAL.en),
    ],
    pixel: px('r.us-east-1.awstrack.me', seed),
  };
}

/** the certification portal's own notices (no case ID) */
export function portalCard(lang: Lang, seed: string, heading: string, body: string, o: Opt = {}): Card {
  const ja = lang === 'ja';
  return {
    lang,
    brand: ja ? 'AWS 認定' : 'AWS Certification',
    preheader: o.preheader,
    heading,
    badge: o.badge,
    badgeColor: o.badgeColor ?? '#1d8102',
    rows: o.rows,
    body,
    button: o.button ?? (ja ? ['認定アカウントにサインイン', 'https://www.aws.training/certification?src=notice'] : ['Sign in to your Certification Account', 'https://www.aws.training/certification?src=notice']),
    survey: o.survey,
    footer: [
      ...(o.footerExtra ?? []),
      ja
        ? 'このメールは AWS 認定プログラムの受験者の皆様にお送りしています。ご不明な点は AWS トレーニングと認定 カスタマーサポートまでお問い合わせください。'
        : 'You are receiving this message because you hold an AWS Certification account. Questions? Contact AWS Training and Certification Customer Support.',
      ...(ja ? LEGAL.ja : LEGAL.en),
      ...(o.unsub ? [ja ? UNSUB.ja : UNSUB.en] : []),
    ],
    pixel: px('click.aws.training', seed),
  };
}

/** Credly's badge mail */
export function credlyCard(lang: Lang, seed: string, heading: string, body: string, btn: string, o: Opt = {}): Card {
  const ja = lang === 'ja';
  return {
    lang,
    brand: 'Credly',
    preheader: o.preheader,
    heading,
    badge: o.badge,
    badgeColor: o.badgeColor ?? '#ff6b00',
    rows: o.rows,
    body,
    button: [btn, `https://www.credly.com/earner/earned/badge/${seed}?accept=1`],
    footer: [
      ...(o.footerExtra ?? []),
      ja
        ? 'このメールは Credly の通知設定に基づいて送信されています。通知設定の変更 | ヘルプセンター | プライバシー'
        : 'You received this e-mail because of your notification settings on Credly. Notification settings | Help Center | Privacy',
      'Credly, a Pearson business. (c) 2026 Credly, Inc. All rights reserved.',
    ],
    pixel: px('email.credly.com', seed),
  };
}

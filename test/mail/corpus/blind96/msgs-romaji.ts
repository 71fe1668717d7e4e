// Japanese written in romaji (ASCII only): users whose corporate client or borrowed phone cannot
// input Japanese, and agents who answer them in kind. Labelled language: ja (see README).
import type { Msg } from './lib.js';
import { KENJI, KENJI_REQ, SAKI, SAKI_REQ, SUPPORT, addr, gmailEn, mk, outlookEn, sf, sfRef, subj } from './common.js';

const KENJI_SIG = 'Watanabe Kenji\nMFG Corp. Seisan Gijutsu-bu';

export const ROMAJI: Msg[] = [
  // ---------------- info_request
  mk({
    slug: 'rj-info-kenji-miguel', kind: 'info_request', lang: 'ja', caseId: KENJI.case, enc: 'ascii7',
    note: 'agent answers the romaji mail in romaji and asks for both candidate IDs and the name on the account',
    from: SUPPORT, to: KENJI.src, subject: subj(KENJI.case), at: '2026-01-15 02:48:19',
    text: `Watanabe Kenji sama

Otoiawase arigatou gozaimasu. AWS Training and Certification no Miguel desu.
Romaji de henshin shimasu, yomi nikui tokoro ga areba sumimasen.

Tougou no mae ni, kakunin no tame tsugi no jouhou wo okutte kudasai:
- ryouhou no account no Candidate ID (AWS + suuji)
- nokosu account ni touroku shite iru namae (pasupooto to onaji tsuzuri)
- tougou moto no account de saigo ni uketa shiken no namae

Yoroshiku onegai itashimasu.
Miguel
AWS Training and Certification

${sf(KENJI.src, '1/14/2026 12:31 AM', SUPPORT, `[CASE ${KENJI.case}] AWS nintei account tougou`, KENJI_REQ)}

${sfRef('Kw01')}`,
  }),
  mk({
    slug: 'rj-info-saki-nadia', kind: 'info_request', lang: 'ja', caseId: SAKI.case, enc: 'ascii7', crlf: false,
    note: 'romaji request: which address will you keep, and can the old mailbox still receive mail',
    from: SUPPORT, to: SAKI.src, subject: subj(SAKI.case), at: '2026-03-19 01:20:07',
    text: `Mori sama

renraku arigatou gozaimasu. Nadia to moushimasu.
nihongo no keyboard ga nai to no koto nanode, romaji de kakimasu ne.

hitotsu kakunin sasete kudasai. nokoshitai account wa ${SAKI.keep} de machigai nai desu ka?
sorekara, ${SAKI.src} no meeru wa mada ukeru koto ga dekimasu ka? dochira mo oshiete itadakereba to omoimasu.

Nadia
AWS Training and Certification

${gmailEn('2026-03-18', '11:20 PM', `Saki Mori <${SAKI.src}>`, SAKI_REQ)}`,
  }),
  mk({
    slug: 'rj-info-kenji-resent', kind: 'info_request', lang: 'ja', caseId: KENJI.case, enc: 'ascii7', forUser: false,
    resent: { from: 'postmaster@mfg-corp.example.co.jp', to: 'kenji.w.backup@example.net', date: 'Fri, 16 Jan 2026 11:02:40 +0900' },
    note: 'romaji request for the name on the account, redirected by the corporate server (Resent-*): not for the user',
    from: SUPPORT, to: KENJI.src, subject: subj(KENJI.case), at: '2026-01-16 01:58:12',
    text: `Watanabe sama

Go-henshin arigatou gozaimasu. Candidate ID wa kakunin dekimashita.
Tada, ${KENJI.keepId} no namae wa "WATANABE KENJI" de, ${KENJI.srcId} no namae wa "KENJI WATANABE" ni natte imasu.
Dochira no tsuzuri ni soroetai ka, oshiete kudasaimasen ka.

Miguel`,
  }),

  // ---------------- confirmation_request
  mk({
    slug: 'rj-conf-kenji', kind: 'confirmation_request', lang: 'ja', caseId: KENJI.case, enc: 'ascii7',
    note: 'romaji consent request: irreversible, reply "hai, doui shimasu"',
    from: SUPPORT, to: KENJI.src, cc: KENJI.keep, subject: subj(KENJI.case), at: '2026-01-17 03:30:44',
    text: `Watanabe sama

Arigatou gozaimasu. Subete no jouhou ga soroimashita.

${KENJI.srcId} (${KENJI.src}) wo ${KENJI.keepId} (${KENJI.keep}) ni tougou shimasu.
Tougou shita ato wa, moto ni modosu koto wa dekimasen.
Go-doui itadakeru baai wa, kono meeru ni "hai, doui shimasu" to go-henshin kudasai.

Miguel
AWS Training and Certification

${outlookEn(`Watanabe Kenji <${KENJI.src}>`, 'Friday, January 16, 2026 6:12 PM', SUPPORT, subj(KENJI.case), `Miguel san

Tsuzuri wa "WATANABE KENJI" ni soroete kudasai.
${KENJI_SIG}`)}`,
  }),
  mk({
    slug: 'rj-conf-saki', kind: 'confirmation_request', lang: 'ja', caseId: SAKI.case, enc: 'ascii7', ctExtra: 'format=flowed',
    note: 'romaji consent request phrased as "if it is OK, please just reply yes"',
    from: SUPPORT, to: SAKI.src, subject: subj(SAKI.case), at: '2026-03-20 00:14:52',
    text: `Mori sama

oshiete kudasatte arigatou gozaimasu.
${SAKI.srcId} no shikaku wo subete ${SAKI.keepId} ni utsushimasu. ichido utsusu to modosemasen node, chuui shite kudasai.
kore de yoroshikereba, "hai" to dake henshin shite kudasai.

Nadia`,
  }),
  mk({
    slug: 'rj-conf-kenji-mixed', kind: 'confirmation_request', lang: 'ja', caseId: KENJI.case, enc: 'ascii7',
    note: 'second consent request in romaji with English terms mixed in (user replied to the wrong mail)',
    from: SUPPORT, to: KENJI.src, subject: subj(KENJI.case), at: '2026-01-19 04:02:30',
    text: `Watanabe sama

Sumimasen, mae no meeru ni taisuru go-henshin ga mada todoite imasen. (Moshi okutte itara, betsu no case ni itta kamo shiremasen.)
Mou ichido onegai shimasu: merge wa irreversible (moto ni modosenai) desu. OK deshitara, kono meeru ni "doui shimasu" to kaite reply shite kudasai.

Miguel`,
  }),

  // ---------------- merge_completed
  mk({
    slug: 'rj-merge-kenji', kind: 'merge_completed', lang: 'ja', caseId: KENJI.case, enc: 'ascii7',
    note: 'romaji completion notice: account no tougou ga kanryou itashimashita',
    from: SUPPORT, to: KENJI.src, cc: KENJI.keep, subject: subj(KENJI.case), at: '2026-01-21 06:11:37',
    text: `Watanabe sama

Omatase itashimashita. Account no tougou ga kanryou itashimashita.
${KENJI.srcId} no nintei to shiken rireki wa, ima ${KENJI.keepId} de mirareru hazu desu.
Kore kara wa ${KENJI.keep} de sain-in shite kudasai.

Miguel

-----Original Message-----
From: ${KENJI.src}
Hai, doui shimasu.
${KENJI_SIG}`,
  }),
  mk({
    slug: 'rj-merge-saki', kind: 'merge_completed', lang: 'ja', caseId: SAKI.case, enc: 'ascii7',
    note: 'romaji completion with "please check everything looks right"',
    from: SUPPORT, to: SAKI.keep, cc: SAKI.src, subject: subj(SAKI.case), at: '2026-03-21 08:40:20',
    text: `Mori sama

account no matome ga owarimashita! ${SAKI.keepId} ni shikaku ga 2tsu arimasu.
nihon ni kaette kara demo ii node, ichido login shite mondai nai ka mite kudasai.

Nadia`,
  }),

  // ---------------- badges_transferred
  mk({
    slug: 'rj-badge-kenji', kind: 'badges_transferred', lang: 'ja', caseId: KENJI.case, enc: 'ascii7',
    note: 'romaji: the Credly badges were moved too',
    from: SUPPORT, to: KENJI.keep, subject: subj(KENJI.case), at: '2026-01-23 02:25:06',
    text: `Watanabe sama

Credly no badge mo ${KENJI.keep} no Credly account ni iten shimashita.
Credly ni login suru to, "AWS Certified SysOps Administrator - Associate" nado 3tsu no badge ga hyouji saremasu.

Miguel

${gmailEn('2026-01-22', '8:15 PM', `Kenji Watanabe <${KENJI.keep}>`, `Miguel san
Tougou arigatou gozaimashita. Demo Credly no badge ga mada furui address no hou ni arimasu.
Watanabe`)}`,
  }),
  mk({
    slug: 'rj-badge-saki', kind: 'badges_transferred', lang: 'ja', caseId: SAKI.case, enc: 'ascii7',
    note: 'romaji: badges now on the kept Credly account, and the case will be closed',
    from: SUPPORT, to: SAKI.keep, subject: subj(SAKI.case), at: '2026-03-24 05:05:05',
    text: `Mori sama

Credly no badge wo ${SAKI.keep} no hou ni utsushimashita. kore de zenbu owari desu node, kono case wa close shimasu ne.
anzen na tabi wo!

Nadia`,
  }),

  // ---------------- case_closed
  mk({
    slug: 'rj-closed-kenji', kind: 'case_closed', lang: 'ja', caseId: KENJI.case, enc: 'ascii7', trap: true,
    note: 'romaji closing that restates the earlier merge and badge move',
    from: SUPPORT, to: KENJI.keep, subject: subj(KENJI.case), at: '2026-01-30 01:00:59',
    text: `Watanabe sama

Sengetsu no tougou to badge no iten ga owatte kara, go-renraku ga nai node, kono case wo close sasete itadakimasu.
Mata nanika areba, atarashii case wo tsukutte kudasai.

Miguel`,
  }),
  mk({
    slug: 'rj-closed-saki-reminder', kind: 'case_closed', lang: 'ja', caseId: SAKI.case, enc: 'ascii7',
    note: 'romaji reminder: the case closes automatically in 5 days without a reply',
    from: SUPPORT, to: SAKI.src, subject: subj(SAKI.case), at: '2026-03-27 00:30:00',
    text: `Mori sama

mae no meeru ni go-henshin ga mada nai you desu.
5-kakan henshin ga nai baai, kono case wa jidouteki ni kuroozu saremasu.

Nadia`,
  }),

  // ---------------- support_reply
  mk({
    slug: 'rj-sr-kenji-thanks', kind: 'support_reply', lang: 'ja', caseId: KENJI.case, enc: 'ascii7', trap: true,
    note: 'romaji thanks-for-consenting, handed to the merge team',
    from: SUPPORT, to: KENJI.src, subject: subj(KENJI.case), at: '2026-01-20 00:44:13',
    text: `Watanabe sama

Go-doui arigatou gozaimasu. Tougou tantou no chiimu ni irai wo okurimashita.
Owattara mata go-renraku shimasu. 2-3 eigyoubi gurai kakaru to omoimasu.

Miguel`,
  }),
  mk({
    slug: 'rj-sr-saki-notyet', kind: 'support_reply', lang: 'ja', caseId: SAKI.case, enc: 'ascii7', trap: true,
    note: 'romaji: the merge is not finished yet',
    from: SUPPORT, to: SAKI.src, subject: subj(SAKI.case), at: '2026-03-20 23:10:48',
    text: `Mori sama

"hai" no go-henshin, uketorimashita. gomen nasai, tougou wa mada kanryou shite imasen. ashita made ni owaru yotei desu.

Nadia

> hai
> Mori`,
  }),
  mk({
    slug: 'rj-sr-kenji-voucher', kind: 'support_reply', lang: 'ja', caseId: KENJI.case, enc: 'ascii7',
    note: 'romaji answer about whether the exam voucher survives; a plain answer',
    from: SUPPORT, to: KENJI.keep, subject: subj(KENJI.case), at: '2026-01-24 03:33:21',
    text: `Watanabe sama

Shitsumon no ken desu ga, 50% waribiki no voucher wa ${KENJI.keepId} no "Benefits" peeji ni arimasu. Yuukou kigen wa kawatte imasen.
Shiken no yoyaku ni sono mama tsukaemasu.

Miguel`,
  }),

  // ---------------- unrelated
  mk({
    slug: 'rj-un-kenji-sent', kind: 'unrelated', lang: 'ja', caseId: KENJI.case, enc: 'ascii7', trusted: false, trap: true,
    note: 'the user’s own consent reply in romaji (copy to himself in Cc); no news from support',
    from: addr('Watanabe Kenji', KENJI.src), to: SUPPORT, cc: KENJI.keep, subject: subj(KENJI.case), at: '2026-01-19 18:20:11', tz: '+0900',
    text: `Miguel san

Osewa ni natte orimasu. Hai, doui shimasu. Tougou wo susumete kudasai.
Mae no meeru ni henshin shita tsumori deshita ga, todoite inakatta you de moushiwake arimasen.

${KENJI_SIG}`,
  }),
  mk({
    slug: 'rj-un-kenji-ooo', kind: 'unrelated', lang: 'ja', caseId: KENJI.case, enc: 'ascii7', trusted: false,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'automatic out-of-office reply from the user’s corporate mailbox, in romaji',
    from: addr('Watanabe Kenji', KENJI.src), to: KENJI.keep, subject: `Jidou henshin: ${subj(KENJI.case)}`, at: '2026-01-21 15:11:40', tz: '+0900',
    text: `[Jidou henshin]
Watanabe wa 1/21 - 1/25 no aida, shucchou no tame fuzai ni shite orimasu.
Kyuuyou no baai wa seisan gijutsu-bu (03-0000-0000) made go-renraku kudasai.`,
  }),
  mk({
    slug: 'rj-un-saki-selfnote', kind: 'unrelated', lang: 'ja', caseId: SAKI.case, enc: 'ascii7', trusted: false, trap: true,
    note: 'the user forwards the completion to her own other address as a memo; her own mail',
    from: addr('Saki Mori', SAKI.src), to: SAKI.keep, subject: `Fwd: ${subj(SAKI.case)}`, at: '2026-03-21 22:05:13', tz: '+0100',
    text: `jibun ate memo: tougou kanryou shita rashii. kikoku shitara login shite kakunin suru koto. badge mo mada.

Sent from my Android

---------- Forwarded message ---------
From: AWS Training and Certification <${'aws-cs-trainingcertification-form@amazon.com'}>
Subject: ${subj(SAKI.case)}

account no matome ga owarimashita! ${SAKI.keepId} ni shikaku ga 2tsu arimasu.`,
  }),
];

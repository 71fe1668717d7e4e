// The customers' own words, quoted back in support replies and in their follow-ups.
import { DAN, KIMURA, LENA, MISAKI, SHO } from './common.js';

export const KIMURA_REQ = `AWS認定アカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${KIMURA.keepId} / ${KIMURA.keep}
まとめる方: ${KIMURA.srcId} / ${KIMURA.src}
前職のアドレスはまもなく使えなくなります。
木村 健一`;

export const KIMURA_WRONG = `お世話になっております。木村です。
統合完了のご連絡ありがとうございました。ただ、ログインしてみたところ、
残したかった ${KIMURA.keepId} ではなく、旧会社の ${KIMURA.srcId} の方に認定がまとまっているようです。
方向が逆になっていませんか。前職アドレスはもうすぐ使えなくなるので、とても困っています。`;

export const MISAKI_REQ = `はじめまして、中村と申します。
パートナー企業在籍時のアカウント(${MISAKI.src})で取得したSAAと、
個人アカウント(${MISAKI.keep})で取得したCLFを、個人の方にまとめたいです。
個人側の候補IDは ${MISAKI.keepId} です。`;

export const SHO_REQ = `認定アカウントの統合をお願いします。
統合先 ${SHO.keep} (${SHO.keepId})
統合元 ${SHO.src} (${SHO.srcId})
統合元には未使用の50%割引バウチャーが残っています。消えないようにお願いします。`;

export const DAN_REQ = `Hi team,
I ended up with two certification accounts. Please fold ${DAN.src} (${DAN.srcId}) into ${DAN.keep} (${DAN.keepId}).
The old one has my SAP and DOP certs, the new one has the Security Specialty.
Thanks, Dan`;

export const LENA_REQ = `Hello,
During my studies I registered with ${LENA.src}. I now use ${LENA.keep} (${LENA.keepId}).
Could both be combined so that everything lives on the second address? I also still have an unused 50% voucher on the university account.
Kind regards, Lena Fischer`;

import type { Lang } from './index.js';

/**
 * The "why" lines of a message (classifier and sender-trust reasons) are English: they are written in
 * src/mail/** and kept as they were in the event log and printed by `certmerge classify`. A Japanese page
 * renders each by this table of the templates those files emit: a Japanese sentence with the values (and
 * the technical words in parentheses). The test in test/server/reasons-ja.test.ts runs the real classifier
 * and trust code over the mail corpus and fails on any line this table does not know.
 */
type Say = (m: string[], sub: (line: string) => string) => string;
const T: [RegExp, Say][] = [];
const rule = (re: RegExp, say: Say) => void T.push([re, say]);

// ---- classify.ts
rule(/^sender (.*) is in sender group\(s\) (.*)$/s, (m) => `差出人 ${m[1]} は送信者グループ ${m[2]} に該当します`);
rule(/^sender (.*) looks like sender group\(s\) (.*) without being one: read for its meaning, never trusted$/s, (m) => `差出人 ${m[1]} は送信者グループ ${m[2]} に似せていますが、該当しません。内容は読みますが、信頼はしません`);
rule(/^sender (.*) is in no known sender group$/s, (m) => `差出人 ${m[1]} はどの既知の送信者グループにも該当しません`);
rule(/^support case ID (\S+) found in the (.*)$/s, (m) => `サポートケース ID ${m[1]} を${where(m[2]!)}で見つけました`);
rule(/^normalized: (.*)$/s, (m) => `正規化した本文（normalized）：${m[1]}`);
rule(/^cues: (.*)$/s, (m) => `手がかり（cues）：${m[1]}`);
rule(/^rule (\S+) \((\S+), (?:user rule|a cue)\) matched (.*)$/s, (m) => `ルール ${m[1]}（${m[2]}）が一致しました：${m[3]}`);
rule(/^the new text only sends the quoted message again \((".*")\): read as the quoted message, (".*")$/s, (m) => `新しい本文は引用したメールを送り直しているだけです（${m[1]}）。引用したメールとして読みました：${m[2]}`);
rule(/^the new text only says (".*") to a quoted message that asks for (\S+): (".*")$/s, (m) => `新しい本文は ${m[1]} だけで、引用したメールは ${m[2]} を求めています：${m[3]}`);
// ---- auto-reply.ts
rule(/^out-of-office subject \((.*)\)$/s, (m) => `不在通知の件名です（${m[1]}）`);
rule(/^Auto-Submitted: auto-replied$/, () => '自動返信のヘッダーがあります（Auto-Submitted: auto-replied）');
rule(/^automatic-reply subject \((.*)\)$/s, (m) => `自動返信の件名です（${m[1]}）`);
// ---- decide.ts
rule(/^model: (.*)$/s, (m) => `モデルの判定（model）：${m[1]}`);
rule(/^prior: the case accepts (.*) next; re-ranked: (.*)$/s, (m) => `ケースの状態から次に来うる種類：${m[1] === 'no advancing kind' ? 'なし' : m[1]}。並べ替え後（re-ranked）：${m[2]}`);
rule(/^correction #(\d+) \(a message (\S+) similar, (".*"), read by the user as (\S+)\) decides$/s, (m) => `訂正 #${m[1]} に従いました（類似度 ${m[2]} のメール ${m[3]} をあなたが ${m[4]} と判断）`);
rule(/^correction #(\d+) says (\S+), but (.*): not applied$/s, (m) => `訂正 #${m[1]} は ${m[2]} としていますが、適用しませんでした（${m[3]}）`);
rule(/^user rule's (\S+) vetoed: (.*)$/s, (m) => `ユーザールールの ${m[1]} は採用しませんでした（${m[2]}）`);
rule(/^user rule (.*)$/s, (m) => `ユーザールール：${m[1]}`);
rule(/^kind (\S+) \(does not move a case\)$/, (m) => `種類 ${m[1]}（ケースは動きません）`);
rule(/^the message says a machine wrote it \((.*)\): (\S+) is asked about, not applied$/s, (m) => `機械が書いたと本文にあります（${m[1]}）。${m[2]} としては適用せず、確認をお願いします`);
rule(/^(\S+): no frame needed \(it moves a case, but not irreversibly\); (.*)$/s, (m) => `${m[1]}：裏付け（frame）は必須ではありません（ケースは動きますが、取り消せない変化ではありません）。${m[2]}`);
rule(/^(\S+) \((\S+)\) kept without a frame \((.*)\): asked, not applied$/s, (m) => `${m[1]}（${m[2]}）は裏付け（frame）がないため、適用せずに確認をお願いしました（${m[3]}）`);
rule(/^(\S+) \((\S+)\) vetoed: (.*)$/s, (m) => `${m[1]}（${m[2]}）は採用しませんでした（${m[3]}）`);
rule(/^(\S+) \((\S+)\) has no frame: (.*)$/s, (m) => `${m[1]}（${m[2]}）には裏付け（frame）がありません（${m[3]}）`);
rule(/^the new text only says (".*") to a quoted request for (\S+): (\S+), asked$/s, (m) => `新しい本文は ${m[1]} だけで、引用した依頼（${m[2]}）への答えとして ${m[3]} と読みました。確認をお願いします`);
rule(/^read as the quoted message, which this one only sends again \((".*")\): (\S+), asked$/s, (m) => `引用したメールを送り直しただけのメールとして読みました（${m[1]}）：${m[2]}。確認をお願いします`);
rule(/^(.*): the new event beats the closing$/s, (m, sub) => `${sub(m[1]!)}：クローズの知らせより新しい出来事を優先しました`);
rule(/^case_closed beside a survey \((".*")\): the closing, or a survey after it: asked$/s, (m) => `クローズの知らせがアンケート（${m[1]}）と一緒に届いています。クローズそのものか、その後のアンケートか、確認をお願いします`);
rule(/^the closing also tells (\S+): (.*): asked$/s, (m, sub) => `クローズの知らせですが、${m[1]} も伝えています（${sub(m[2]!)}）。確認をお願いします`);
rule(/^plainly \((.*)\)$/s, (m) => `はっきりとは書かれていませんが、本文にあります（${m[1]}）`);
rule(/^(\S+) is taken on the model's word over a frame's veto: asked$/, (m) => `${m[1]} はモデルの判定によるものですが、裏付け（frame）が否定しているため確認をお願いします`);
rule(/^(\S+) is taken on the model's word while (frame .*): asked$/s, (m, sub) => `${m[1]} はモデルの判定によるものですが、本文は別の進行を伝えています（${sub(m[2]!)}）。確認をお願いします`);
rule(/^read as unrelated, but it names this case and (frame .*): asked$/s, (m, sub) => `無関係と読みましたが、このケースを名指ししており、進行も伝えています（${sub(m[1]!)}）。確認をお願いします`);
rule(/^(\S+) \((\S+)\) read over support_reply \((\S+)\): (.*): asked$/s, (m, sub) => `${m[1]}（${m[2]}）を support_reply（${m[3]}）より優先して読みました（${sub(m[4]!)}）。確認をお願いします`);
rule(/^(\S+) has no frame and the model is not sure enough of it alone \((\S+) < (\S+)\): asked$/, (m) => `${m[1]} には裏付け（frame）がなく、モデルだけでは確信が足りません（${m[2]} < ${m[3]}）。確認をお願いします`);
rule(/^(frame \S+ agrees: .*) beside the request: (\S+), asked$/s, (m, sub) => `${m[2]} と読みましたが、ケースが返信なしでクローズされるとの知らせもあります（${sub(m[1]!)}）。確認をお願いします`);
rule(/^frame (\S+) agrees: (.*)$/s, (m) => `裏付け（frame ${m[1]}）があります：${m[2]}`);
rule(/^reads both as (\S+) and as (\S+) \(both frames agree\): (\S+), asked$/, (m) => `${m[1]} とも ${m[2]} とも読めるため、${m[3]} として確認をお願いします`);
rule(/^about (\S+) \("(.*)"\), never the merge, and tied to no merge case: another support case's mail, not part of a merge case$/s, (m) => `別の用件（${m[1]}：「${m[2]}」）についてのメールで、統合には触れておらず、どの統合ケースにも結び付いていません。別のサポートケースのメールとして扱い、統合ケースには含めません`);
rule(/^read as case mail \((\S+) on support_reply and unconfirmed advancing kinds against (\S+) on unrelated\): support_reply$/, (m) => `ケースのやり取りとして読みました（support_reply と裏付けのない進行の種類に ${m[1]}、unrelated に ${m[2]}）：support_reply`);
rule(/^kind (\S+), confidence (\S+); unsure: ask the user \((.*)\?\)$/s, (m) => `種類 ${m[1]}、確信度 ${m[2]}。確かでないため確認をお願いします（${m[3]}？）`);
rule(/^kind (\S+), confidence (\S+)$/, (m) => `種類 ${m[1]}、確信度 ${m[2]}`);
rule(/^out-of-office reply \((.*)\): never moves a case$/s, (m) => `不在通知です（${m[1]}）。ケースは動きません`);
rule(/^automatic reply \((.*)\): never moves a case$/s, (m) => `自動返信です（${m[1]}）。ケースは動きません`);
rule(/^automatic reply \((.*)\), kept: a case receipt is one by nature$/s, (m) => `自動返信（${m[1]}）ですが、受付メールはもともと自動なので扱います`);
// ---- understand.ts, mail-pipeline.ts
rule(/^the message could not be read$/, () => 'メールを読み取れませんでした');
rule(/^with the case: (.*)$/s, (m, sub) => `ケースと照らして：${sub(m[1]!)}`);
// ---- verify/local-auth.ts
rule(/^local check: the message has no single From domain$/, () => '独自の確認（local check）：From のドメインが 1 つに決まりません');
rule(/^local check: dmarc=pass for (\S+) \((.*)\)$/s, (m) => `独自の確認（local check）：${m[1]} の DMARC は合格です（${m[2]}）`);
rule(/^local check: dmarc=(\S+) for (\S+) \((.*)\): the server's verdict is not confirmed$/s, (m) => `独自の確認（local check）：${m[2]} の DMARC は ${m[1]} で、サーバーの判定を確かめられません（${m[3]}）`);
rule(/^local check failed: (.*)$/s, (m) => `独自の確認（local check）に失敗しました（${m[1]}）`);
// ---- verify/trusted-auth-results.ts
rule(/^ignored (\d+) "Authentication-Results :" header\(s\) with whitespace before the colon: .*$/s, (m) => `コロンの前に空白がある Authentication-Results ヘッダー ${m[1]} 件を無視しました（受信サーバーが書く形ではありません）`);
rule(/^ignored (\d+) Authentication-Results-Original header\(s\): .*$/s, (m) => `Authentication-Results-Original ヘッダー ${m[1]} 件を無視しました（送信者が付けた写しです）`);
rule(/^no Authentication-Results header$/, () => 'Authentication-Results ヘッダーがありません');
rule(/^not believed: the Authentication-Results header directly below the receiving server's Received is where the header the message came with begins .*$/s, () => '信頼しません：受信サーバーの Received の直下にある Authentication-Results ヘッダーは、メールに付いてきたヘッダーの先頭の位置にあります（その下に Received がありません）。サーバーが何も書かなかった場合、送信者自身のヘッダーがここに来ます（trust.verifyDkim で DKIM/DMARC を手元で確認できます）');
rule(/^the Authentication-Results header directly below the receiving server's Received could be the sender's own: believed only with the local DKIM\/DMARC check .*$/s, () => '受信サーバーの Received の直下にある Authentication-Results ヘッダーは送信者自身のものかもしれません：手元での DKIM/DMARC 確認（trust.verifyDkim）が通った場合にだけ信頼します');
rule(/^no Authentication-Results header from the receiving server above or directly below its Received: header \(by (.*)\); (\d+) further down came with the message and may be forged$/s, (m) => `受信サーバー（${m[1]}）の Authentication-Results ヘッダーがありません。その下の ${m[2]} 件はメールに付いてきたもので、偽造の可能性があります`);
rule(/^the topmost Received: header is (?:by (.*)|missing), not by (.*): the receiving server \(trust\.headerAbove\) writes .*$/s, (m) => `一番上の Received ヘッダーは${m[1] ? `「${m[1]}」のもの` : 'ありません'}で、「${m[2]}」のものではありません。受信サーバー（trust.headerAbove）は自分の Received の上に判定を書くので、それのないヘッダーはメールに付いてきたもので、偽造の可能性があります`);
rule(/^the topmost Authentication-Results header is from "(.*)", not the trusted "(.*)"$/s, (m) => `一番上の Authentication-Results ヘッダーは「${m[1]}」のもので、信頼する「${m[2]}」のものではありません`);
rule(/^ignored (\d+) Authentication-Results header\(s\) claiming "(.*)" below it: they may be forged$/s, (m) => `その下で「${m[2]}」を名乗る Authentication-Results ヘッダー ${m[1]} 件を無視しました（偽造の可能性）`);
rule(/^refused: (\d+) more Authentication-Results header\(s\) claiming "(.*)" below the topmost block: .*$/s, (m) => `拒否：一番上のまとまりの下に「${m[2]}」を名乗る Authentication-Results ヘッダーがさらに ${m[1]} 件あります。偽造の可能性があり、サーバー自身の判定と区別できません（RFC 8601 §5）`);
rule(/^conflicting DMARC results for the same domain$/, () => '同じドメインについて DMARC の結果が食い違っています');
rule(/^ignored (\d+) Authentication-Results header\(s\) from other servers$/, (m) => `ほかのサーバーの Authentication-Results ヘッダー ${m[1]} 件を無視しました`);
rule(/^the topmost Authentication-Results header names "(.*)": with trust\.provider microsoft .*$/s, (m) => `一番上の Authentication-Results ヘッダーは「${m[1]}」を名乗っています。trust.provider が microsoft のときは、authserv-id のない Microsoft のヘッダーだけを信頼します`);
rule(/^refused: (\d+) more Authentication-Results header\(s\) without an authserv-id below Microsoft's: they may be forged$/, (m) => `拒否：Microsoft のヘッダーの下に authserv-id のない Authentication-Results ヘッダーがさらに ${m[1]} 件あります（偽造の可能性）`);
rule(/^ignored (\d+) Authentication-Results header\(s\) below Microsoft's, from other servers$/, (m) => `Microsoft のヘッダーの下にある、ほかのサーバーの Authentication-Results ヘッダー ${m[1]} 件を無視しました`);
// ---- ingest/mail-pipeline.ts: why a message moved no case (stored with it, shown on the unsorted page)
rule(/^looks like (\S+) but matches no case$/, (m) => `${m[1]} のように見えますが、どのケースにも結び付きません`);
rule(/^still matches no case$/, () => 'まだどのケースにも結び付きません');
rule(/^not part of a merge case$/, () => '統合のケースとは関係のないメールです');
rule(/^own mail not on a support thread$/, () => 'サポートとのスレッドにない、あなた自身のメールです');
rule(/^automatic reply \(out of office\)$/, () => '自動返信（不在通知）です');
rule(/^not about the merge$/, () => '統合についてのメールではありません');
rule(/^not for you: (.*)$/s, (m, sub) => `あなた宛てではありません：${sub(m[1]!)}`);
rule(/^sender not verified \((.*)\)$/s, (m, sub) => `差出人を確認できません（${subList(m[1]!, sub)}）`);
rule(/^receipt from an unverified sender \((.*)\)$/s, (m, sub) => `確認できない差出人からの受付メールです（${subList(m[1]!, sub)}）`);
rule(/^no passing DKIM\/DMARC$/, () => 'DKIM/DMARC の合格がありません');
rule(/^receipt for support case (\S+): (.*); bind it to its case by hand$/s, (m, sub) => `サポートケース ${m[1]} の受付メールです（${sub(m[2]!)}）。手作業でケースに結び付けてください`);
rule(/^(receipt|mail) for support case (\S+) ignored: case (\S+) is bound to support case (\S+)$/, (m) => `サポートケース ${m[2]} の${m[1] === 'receipt' ? '受付メール' : 'メール'}は扱いませんでした：ケース ${m[3]} はサポートケース ${m[4]} に結び付いています`);
rule(/^not understood with confidence \(read as (\S+), (\S+)\): asking the user whether it is (.*)$/s, (m) => `確信をもって読めませんでした（${m[1]}、確信度 ${m[2]}）。${m[3]!.split(' or ').join('・')} のどれかを確認をお願いします`);
rule(/^(\S+) is not expected in state (\S+)$/, (m) => `${m[1]} は状態 ${m[2]} では想定されていません`);
// ---- ingest/recipients.ts
rule(/^redirected by someone \((.*)\): not mail support sent to you$/s, (m) => `誰かが転送したメールです（${m[1]}）。サポートがあなたに送ったものではありません`);
rule(/^(\d+) (To|Cc) fields \(a message has at most one\): one was added after it was written$/, (m) => `${m[2]} フィールドが ${m[1]} 個あります（1 通に 1 個まで）。書かれた後に追加されたものがあります`);
rule(/^no To or Cc, not to one of your addresses$/, () => '宛先（To・Cc）がなく、あなたのアドレス宛てではありません');
rule(/^addressed to (.*), not to one of your addresses$/s, (m) => `宛先は ${m[1]} で、あなたのアドレスではありません`);
rule(/^your address is only in (To|Cc|To and Cc), which the sender's DKIM signature does not cover: added after it was signed$/, (m) => `あなたのアドレスは ${m[1] === 'To and Cc' ? 'To と Cc' : m[1]} にしかなく、差出人の DKIM 署名はそこを対象にしていません。署名の後に追加されたものです`);
rule(/^delivered for (.*) \((Delivered-To|X-Original-To)\), not one of your addresses$/s, (m) => `${m[1]} 宛てに配送されたメールで（${m[2]}）、あなたのアドレスではありません`);
// ---- verify/verify-sender.ts
rule(/^no trusted authserv-id configured$/, () => '信頼する authserv-id が設定されていません（trust.authservId）');
rule(/^no From address$/, () => 'From のアドレスがありません');
rule(/^(\d+) From addresses: the sender is ambiguous$/, (m) => `From のアドレスが ${m[1]} 個あり、差出人が決まりません`);
rule(/^From address "(.*)" has no valid domain$/s, (m) => `From のアドレス「${m[1]}」に有効なドメインがありません`);
rule(/^From domain (\S+) is not one of the trusted sender domains \((.*)\)$/s, (m) => `差出人のドメイン ${m[1]} は信頼する送信元ドメイン（${m[2]}）のどれでもありません`);
rule(/^From domain (\S+) is a trusted sender domain \((.*)\)$/s, (m) => `差出人のドメイン ${m[1]} は信頼する送信元ドメインです（${m[2]}）`);
rule(/^dmarc=(\S+) for (\S+) in the trusted Authentication-Results$/, (m) => `信頼する Authentication-Results では ${m[2]} の DMARC は ${m[1]} です`);
rule(/^dmarc=pass for (\S+) \(Authentication-Results from (.*)\)$/s, (m) => `${m[1]} の DMARC は合格です（${m[2]} の Authentication-Results）`);
rule(/^dkim=pass by (\S+), aligned with (\S+) \(Authentication-Results from (.*)\)$/s, (m) => `${m[1]} の DKIM 署名が合格で、${m[2]} と一致しています（${m[3]} の Authentication-Results）`);
rule(/^dkim=pass only for (.*), not aligned with (\S+); no dmarc=pass$/s, (m) => `DKIM が合格なのは ${m[1]} だけで ${m[2]} と一致せず、DMARC の合格もありません`);
rule(/^no dmarc=pass or aligned dkim=pass for (\S+) in the trusted Authentication-Results$/, (m) => `信頼する Authentication-Results に ${m[1]} の DMARC 合格も、一致する DKIM 合格もありません`);

/** Reason lines joined by "; " (whyUnverified): each rendered on its own, though a line may itself hold "; ". */
function subList(joined: string, sub: (line: string) => string): string {
  const parts = joined.split('; ');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let j = i;
    let line = parts[i]!;
    while (reasonJa(line) === null && j + 1 < parts.length) line += `; ${parts[++j]}`;
    if (reasonJa(line) === null) [line, j] = [parts[i]!, i];
    out.push(sub(line));
    i = j;
  }
  return out.join('。');
}

function where(w: string): string {
  return w === 'subject' ? '件名' : w === 'new text' ? '新しい本文' : w === 'body' ? '引用を含む本文' : w;
}

/** The Japanese form of one reason line, or null when no template matches. */
export function reasonJa(line: string): string | null {
  for (const [re, say] of T) {
    const m = re.exec(line);
    if (m) return say([...m], (inner) => reasonJa(inner) ?? inner);
  }
  return null;
}

/** A reason line in the page's language; one no template knows keeps its English after a Japanese lead. */
export function reasonText(lang: Lang, line: string): string {
  if (lang === 'en') return line;
  return reasonJa(line) ?? `理由（英語のまま）：${line}`;
}

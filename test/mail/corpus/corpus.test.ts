/**
 * How well certmerge understands support mail, on every labelled set present.
 *
 * How the sets were made:
 * - fixtures (test/mail/fixtures, expected.yaml): written with the parser and the
 *   first phrase rules by the certmerge authors (generate.ts); every charset,
 *   quote style and forgery the parser must survive.
 * - holdout (test/mail/holdout, expected.yaml): written by the same authors in
 *   other phrasings, before the phrase rules were tuned; now training data too.
 * - corpus-train (test/mail/corpus/train, labels.yaml): written by another
 *   engineer for training, from the public accounts of real merges
 *   (see its README.md); both languages, traps included.
 * - demo (src/demo/sample-thread.ts): the demo's thread, both languages.
 * - blind1 (test/mail/corpus/blind1, labels.yaml): 115 messages written blind by
 *   a helper session that never saw the rules, the model or the training corpus.
 *   It was the held-out set until it had been measured (102/115 with the model
 *   of 2026-12-02); a measured set cannot stay unseen, so it became training
 *   data written by another hand.
 * - blind2 and blind3 (test/mail/corpus/blind2, blind3): 141 and 136 messages
 *   written on 2026-12-06 by two more helper sessions, each blind to the rules,
 *   the model, the source, the training corpus, git history and each other's
 *   set. Measured once as the held-out sets a and b (249/277, 89.9%; one false
 *   advance, no trust error), then moved to training like blind1.
 * - blind4 and blind5: 138 and 136 messages, written the same way; measured once
 *   as the held-out sets c and d (256/274, 93.4%; no false advance, no trust
 *   error), then moved to training.
 * - blind6-9: 555 messages written the same way (four more writers, each asked
 *   for another style); measured once as held-out sets e-h (518/555, 93.3%; one
 *   false advance, no trust error), then moved to training.
 * - blind10-13: 552 messages written the same way (four more writers, each asked
 *   for another style); measured once as held-out sets i-l (514/552, 93.1%; two
 *   false advances, no trust error), then moved to training.
 * - blind14-17: 566 messages written the same way from heldout/BRIEF.md (four
 *   more writers: enterprise keigo, mobile and bilingual, non-native and
 *   machine-translated, other senders' traps); measured blind twice as held-out
 *   sets m-p (516/566 and 520/566; one and two false advances, no trust error),
 *   then moved to training.
 * - blind18-27: 1,433 messages written the same way from heldout/BRIEF.md (ten
 *   more writers: a partner desk forwarding support mail, machine templates, an
 *   escalation desk in formal keigo, terse replies with typos, look-alikes
 *   around the merge, Japanese first; several support cases at once, the
 *   lifecycle's edges, language crossings, ticketing templates); measured once
 *   as held-out sets q-v (791/866, 91.3%; one false advance, one trust error)
 *   and w-z (500/567, 88.2%; five false advances, no trust error), then moved
 *   to training.
 * - blind28-35: 1,130 messages written the same way from heldout/BRIEF.md (eight
 *   more writers: enterprise mailboxes, what is quoted versus new, time and
 *   auto-close, machines and people blurred; several AWS matters at once,
 *   Japanese letter style, support centres' Englishes, HTML ticket mail);
 *   measured once as held-out sets aa-ad (524/561, 93.4%; one false advance)
 *   and ae-ah (514/569, 90.3%; one false advance), no trust error, then moved
 *   to training.
 * - blind36-39: 583 messages written the same way from heldout/BRIEF.md (a
 *   case that does not go by the book, short mail, long mail with the meaning
 *   buried, Credly and the portal); measured once as held-out sets ai-al with
 *   the classifier of 218295f (546/583, 93.7%; no false advance, no trust
 *   error), then moved to training.
 * - blind40-43: 567 messages written the same way from heldout/BRIEF.md (a
 *   training administrator's shared mailbox, translation in every direction,
 *   time and memory, attackers and the genuine mail that looks like them);
 *   measured once as held-out sets am-ap with the classifier of 8611e04
 *   (529/567, 93.3%; one false advance, ao/073, no trust error), then moved to
 *   training.
 * - blind44-47: 562 messages written the same way from heldout/BRIEF.md (the
 *   year's edges and the people who are away, hard-wrapped legacy plain text,
 *   the customer's side of the thread, structured status notifications);
 *   measured once as held-out sets aq-at with the classifier of 9e152aa
 *   (536/562, 95.4%; no false advance, no trust error), then moved to training.
 * - blind48-51: 560 messages written the same way from heldout/BRIEF.md (a
 *   case handed between teams, template glitches, data-heavy mail, third
 *   parties who sound like support); measured once as held-out sets au-ax
 *   with the classifier of 0c4a3f4 (528/560, 94.3%; no false advance, no
 *   trust error), then moved to training.
 * - blind52-55: 565 messages written the same way from heldout/BRIEF.md
 *   (second-language writers, second attempts, mail that corporate gateways
 *   mangled, reading between the lines); measured once as held-out sets ay-bb
 *   with the classifier of c39d2f1 (520/565, 92.0%; no false advance, no
 *   trust error), then moved to training.
 * - blind56-59: 565 messages written the same way from heldout/BRIEF.md
 *   (phone, chat and mail mixed; the extremes of register; attachments
 *   carrying part of the meaning; identifiers everywhere); measured once as
 *   held-out sets bc-bf with the classifier of 2e096c1 (513/565, 90.8%; no
 *   false advance, no trust error), then moved to training.
 * - blind60-63: 575 messages written the same way from heldout/BRIEF.md
 *   (long-lived threads and a merge a year later; clarifying questions; a
 *   support desk on a generic ticketing system; subjects that say something
 *   else); measured once as held-out sets bg-bj with the classifier of
 *   d26b508 (489/575, 85.0%; one false advance, bi/111, no trust error), then
 *   moved to training.
 * - blind64-71: 1,140 messages written the same way from heldout/BRIEF.md
 *   (translated and bilingual mail; the senders around a merge; merges that go
 *   wrong; terse and mobile mail; helpdesk products' notifications; mail that
 *   reaches the user second-hand; time pressure; items, not sentences);
 *   measured once as held-out sets bk-bn (537/575, 93.4%) and bo-br (495/565,
 *   87.6%) with the classifier of 8681f04, no false advance, no trust error,
 *   then moved to training.
 * - blind72-75: 564 messages written the same way from heldout/BRIEF.md
 *   (Japanese corporate mail culture; a third language in the thread;
 *   self-service around the case; machines answering first); measured once as
 *   held-out sets bs-bv with the classifier of 37a0e9e (537/564, 95.2%; no
 *   false advance, no trust error), then moved to training.
 * - blind76-79: 570 messages written the same way from heldout/BRIEF.md
 *   (mail as clients and carriers deliver it; whole cases end to end;
 *   HTML-first mail; mail that points elsewhere); measured once as held-out
 *   sets bw-bz with the classifier of f535e4d (528/570, 92.6%; no false
 *   advance, no trust error), then moved to training.
 * - blind80-83: 567 messages written the same way from heldout/BRIEF.md (a
 *   busy inbox around one merge; support mail written in a hurry; Japanese
 *   mail from older systems; badges and benefits after the merge); measured
 *   once as held-out sets ca-cd with the classifier of 2cef726 (542/567,
 *   95.6%; no false advance, no trust error), then moved to training.
 * - blind84-87: 572 messages written the same way from heldout/BRIEF.md (one
 *   event told in many registers; merges that are not the usual case;
 *   forgeries next to the genuine mail they imitate; what the user writes and
 *   forwards); measured once as held-out sets ce-ch with the classifier of
 *   19d0a6c (552/572, 96.5%; no false advance, no trust error), then moved to
 *   training.
 * - blind88-91: 547 messages written the same way from heldout/BRIEF.md
 *   (Japanese indirectness and heavy keigo; English-speaking agents' regional
 *   idioms; events pending, scheduled, conditional, failed or reversed next
 *   to the real ones; machine translation and localisation templates);
 *   measured once as held-out sets ci-cl with the classifier of 052ffa7
 *   (519/547, 94.9%; no false advance, no trust error), then moved to
 *   training.
 * - blind92-95: 570 messages written the same way from heldout/BRIEF.md
 *   (casual and dictated mail; identity, privacy and compliance; answers
 *   written inside the quote; mail inside mail); measured once as held-out
 *   sets cm-cp with the classifier of ba5b5b3 (527/570, 92.5%; one false
 *   advance, cn/011, now blind93/011; no trust error), then moved to training.
 * - blind96-99: 600 messages written the same way from heldout/BRIEF.md
 *   (Japanese and English from people writing outside their first language,
 *   romaji included; the meaning in an odd place; support handling the case
 *   itself; several cases at once); measured once as held-out sets cq-ct
 *   with the classifier of abd7f0f (554/600, 92.3%; one false advance, ct/127,
 *   now blind99/127; no trust error), then moved to training.
 * - blind100-103: 579 messages written the same way from heldout/BRIEF.md
 *   (platforms, names and systems that changed over the years; the user's
 *   own words echoed inside support's mail; holidays, absences and the
 *   calendar; companies that changed); measured once as held-out sets cu-cx
 *   with the classifier of eecf315 (550/579, 94.99%; no false advance, no
 *   trust error), then moved to training.
 * - blind104-107: 555 messages written the same way from heldout/BRIEF.md
 *   (policy and formal notice; other Amazon and AWS channels in the same
 *   inbox; intermediaries relaying AWS's answers; layout damage); measured
 *   once as held-out sets cy-db with the classifier of 157b4e4 (491/555,
 *   88.5%; no false advance, no trust error; da, now blind106, 91/137: 43 of
 *   its misses partners' and resellers' own mail relaying an event, labelled
 *   with that event and read as `unrelated`), then moved to training.
 * - blind108-111: 517 messages written the same way from heldout/BRIEF.md
 *   (human agents who write like machines and machines that write like
 *   humans; status told by symbols and layout; forms and questionnaires;
 *   delivery paths through forwarders, aliases and lists); measured once as
 *   held-out sets dc-df with the classifier of 9b3f3b6 (488/517, 94.4%; no
 *   false advance, no trust error), then moved to training.
 * - blind112-115: 521 messages written the same way from heldout/BRIEF.md
 *   (explanations and hypotheticals; resends, reminders and corrections;
 *   support mail written as letters; accounts in unusual states); measured
 *   once as held-out sets dg-dj with the classifier of 8514641 (503/521,
 *   96.5%; no false advance, no trust error), then moved to training.
 * - blind116-119: 524 messages written the same way from heldout/BRIEF.md
 *   (consequences, not events; pasted from the portal and the knowledge
 *   base; many hands on one case; mistaken and shared identities); measured
 *   once as held-out sets dk-dn with the classifier of 1c8a61a (486/524,
 *   92.7%; two false advances, dl/107 and dl/111, now blind117/107 and
 *   blind117/111, auto-close reminders read as the request they restate; no
 *   trust error), then moved to training.
 * - blind120-123: 520 messages written the same way from heldout/BRIEF.md
 *   (the case's clock; plain language, やさしい日本語 and plain English;
 *   katakana IT Japanese; apologies and service recovery); measured once as
 *   held-out sets do-dr with the classifier of 01b02a7 (472/520, 90.8%; no
 *   false advance, no trust error), then moved to training.
 * - blind124-127: 525 messages written the same way from heldout/BRIEF.md
 *   (rare synonyms for every event; chat-app formatting in mail; numbers and
 *   dates written every way; easy words, a second writer of the plain-language
 *   voice); measured once as held-out sets ds-dv with the classifier of
 *   9c32d91 (482/525, 91.8%; no false advance, no trust error), then moved to
 *   training.
 * - blind128-131: 520 messages written the same way from heldout/BRIEF.md
 *   (two pieces of news in one message; everything asked as a question;
 *   ticket jargon and the passive voice of process; regional and
 *   generational speech); measured once as held-out sets dw-dz with the
 *   classifier of 01047ad (495/520, 95.2%; no false advance, no trust error),
 *   then moved to training.
 * - blind132-135: 522 messages written the same way from heldout/BRIEF.md
 *   (hedged and uncertain statements; options and choices; chatty agents with
 *   the news inside small talk; activity logs, audit trails and case
 *   histories); measured once as held-out sets ea-ed with the classifier of
 *   cd778df (497/522, 95.2%; no false advance, no trust error), then moved to
 *   training.
 * - blind136-139: 523 messages written the same way from heldout/BRIEF.md
 *   (typos, IME conversion errors and autocorrect; code-switching inside
 *   sentences; one administrator handling many employees' merges; run-on
 *   sentences and nested clauses); measured once as held-out sets ee-eh with
 *   the classifier of 2620338 (502/523, 96.0%; no false advance, no trust
 *   error), then moved to training.
 * - blind140-143: 522 messages written the same way from heldout/BRIEF.md
 *   (double negatives, litotes and understatement; abbreviations, acronyms
 *   and shorthand; scope and quantity; names and labels that contain event
 *   words); measured once as held-out sets ei-el with the classifier of
 *   56c518a (496/522, 95.0%; no false advance, no trust error), then moved to
 *   training.
 * - blind144-147: 525 messages written the same way from heldout/BRIEF.md
 *   (reported and indirect speech; idioms, metaphors and euphemisms; event
 *   words mentioned, not used; progress told in steps, stages and
 *   percentages); measured once as held-out sets em-ep with the classifier
 *   of 926c9d1 (499/525, 95.0%; no false advance, no trust error), then moved
 *   to training.
 * - blind148-151: 522 messages written the same way from heldout/BRIEF.md
 *   (counterfactuals, regrets and past conditionals; contrast and comparison;
 *   aspect words, already/still/yet; the meaning in the subject line over a
 *   generic, empty or template body); measured once as held-out sets eq-et
 *   with the classifier of 994e4ed (458/522, 87.7%; no false advance, no
 *   trust error), then moved to training.
 * - blind152-155: 524 messages written the same way from heldout/BRIEF.md
 *   (pronouns and references back; three or more accounts merged in stages;
 *   obligation and permission; confirmation through a link, button or form);
 *   measured once as held-out sets eu-ex with the classifier of 431e35d
 *   (507/524, 96.8%; no false advance, no trust error), then moved to
 *   training.
 * - blind156-159: 522 messages written the same way from heldout/BRIEF.md
 *   (subject lines and notification headers that carry the news, by a second
 *   writer of that voice; time and sequence; machine translation and
 *   translationese; causes and reasons); measured once as held-out sets
 *   ey-fb with the classifier of b0b9ce8 (488/522, 93.5%; no false advance,
 *   no trust error), then moved to training.
 * - blind160-163: 531 messages written the same way from heldout/BRIEF.md
 *   (a short new line over a long quote or forward; terse, fragmentary and
 *   telegraphic mail; politeness extremes; numbers, counts and lists of what
 *   moved); measured once as held-out sets fc-ff with the classifier of
 *   8a9a445 (470/531, 88.5%; no false advance, no trust error), then moved
 *   to training.
 * - blind164-167: 534 messages written the same way from heldout/BRIEF.md
 *   (the subject line by a third writer, subjects that disagree with their
 *   bodies; the customer's questions answered; waiting, delays and silence;
 *   mail from the systems around a merge); measured once as held-out sets
 *   fg-fj with the classifier of 5c07f4b (496/534, 92.9%; two false
 *   advances, no trust error), then moved to training.
 * - blind168-171: 526 messages written the same way from heldout/BRIEF.md
 *   (the ordinary case; recaps of the case so far; terse mail by a second
 *   writer; a short new line over a long quote by a second writer); measured
 *   once as held-out sets fk-fn with the classifier of db8b0af (477/526,
 *   90.7%; one false advance, no trust error), then moved to training.
 * - blind172-175: 524 messages written the same way from heldout/BRIEF.md
 *   (badges of every kind; the two accounts named every way; long mail with
 *   the event buried, by a second writer; the subject line by a fourth
 *   writer); measured once as held-out sets fo-fr with the classifier of
 *   9791d46 (460/524, 87.8%; one false advance, no trust error), then moved
 *   to training.
 * - heldout/* (test/mail/corpus/heldout/*, labels.yaml): sets written by
 *   further helper sessions from heldout/BRIEF.md under the same blindness
 *   rules: they read only the labelling guide (../LABELLING.md), the domain
 *   notes, blind1's byte-level builder (lib.ts) and public write-ups of real
 *   merges, AWS support and Credly mail (their READMEs list what they read).
 *   Never used for training or tuning: they measure the shipped model
 *   (rules/kind-model.json.gz) as a user would meet it, once each.
 *   Now fs-fv (522: terse mail by a third writer; surveys and satisfaction
 *   mail around the case; bilingual mail, one message in Japanese and English
 *   at once; corrections and retractions by a second writer), measured once
 *   with the classifier of 01d98c2: 484/522 (92.7%; en 206/223, ja 278/299),
 *   170 asked, one false advance (below), no trust error; fs (terse) 112/131
 *   (85.5%), ft 123/130 (94.6%), fu 125/130 (96.2%), fv 124/131 (94.7%).
 *   While no set is there, the test says so and passes.
 *
 * Training sets are measured by 2-fold cross-validation (each message is
 * classified by a model trained without it); nothing else is trained here but
 * a slice, twice, to check the trainer is deterministic (the committed model
 * carries the digest of the examples it was trained from, checked instead of
 * training it again).
 * Fails on any false advance (a wrong advancing kind, not turned into a
 * question, on trusted mail) in any set, on any trust error, and below each
 * set's accuracy floor. An absent set is reported, never a failure.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileKindModel, readKindModelText, type KindModelFile } from '../../../src/mail/classify/kind-model.js';
import { builtinRulesPath, loadRules } from '../../../src/mail/classify/load-rules.js';
import { examplesDigest, serializeKindModel, trainKindModel, type TrainingExample } from '../../../src/mail/classify/train-kind-model.js';
import { MAIL_KINDS } from '../../../src/mail/kinds.js';
import type { MessageRead, UnderstoodMessage } from '../../../src/mail/understand.js';
import { untranslatedWhyLines } from '../../support/why-lines.js';
import { committedFoldModel, CV_FOLDS, exampleOf, foldModelFile, foldTraining, isFalseAdvance, MODEL_PATH, readDemoSet, readLabelled, readSet, readTrainingSets, understandLabelled, type Labelled } from '../../../scripts/train-model.js';

const HELDOUT = join(import.meta.dirname, 'heldout');
/** The held-out sets: every folder under heldout/ with a labels.yaml. */
const heldoutSets = (): string[] => (existsSync(HELDOUT) ? readdirSync(HELDOUT).filter((d) => existsSync(join(HELDOUT, d, 'labels.yaml'))).sort() : []);
/**
 * CERTMERGE_CORPUS=train measures the training sets only and never reads the
 * held-out folder: what someone tuning the rules or the model runs, so that
 * the held-out score is not seen (and so not tuned on) while working.
 */
const TRAIN_ONLY = process.env.CERTMERGE_CORPUS === 'train';
/**
 * Two folds: each trains on half of 7,787 messages (7,384 right, 94.8%, 2,186 asked) in 2.5 minutes on two
 * cores; three (each on two thirds: 7,406, 95.1%) took 6.5, too much of the suite's fifteen once the
 * training mail passed 7,000 messages. Every message is still read by a model that never saw it; the
 * README's figures say which count they are. CERTMERGE_FOLDS=3 (or 5) gives the finer figure when tuning.
 * With the trainer's loop written out (train-kind-model.ts), two folds on 11,766 messages take 2.3 minutes on
 * an idle machine, each model trained in about a minute.
 * On 14,622 messages the test took 8 of the suite's 11.8 minutes in CI, most of it training the two fold
 * models, and a clean machine came to some 15.6 minutes. Fewer passes of the trainer read worse (200: 58
 * fewer right, 331 more asked; 150: 135 fewer). So `npm run train` writes the two fold models beside the
 * shipped one (test/mail/corpus/cv-models), each carrying the digest of the examples it was trained from;
 * the test reads a fold model only when that digest is today's, and trains it itself otherwise. The
 * trainer is deterministic (checked below on a slice), so a committed fold model is what training here
 * would give, to the byte; any change to the corpus, the labels, the normalization or the phrase-rule cues
 * changes the digest. The last test fails while they are stale, as it does for the shipped model.
 */
const FOLDS = Number(process.env.CERTMERGE_FOLDS ?? CV_FOLDS);
if (!Number.isInteger(FOLDS) || FOLDS < 2) throw new Error(`CERTMERGE_FOLDS must be a whole number of folds, 2 or more: got "${process.env.CERTMERGE_FOLDS}"`);
/**
 * Accuracy floors: what each set reaches, minus a margin (a guard against regressions, not the
 * goal). The goal on held-out mail is 95% (issue 11); README.md's "Understanding mail" section
 * has each measurement.
 */
/**
 * False advances the held-out sets were measured with, kept here rather than tuned away (a fix chosen
 * by looking at them would leave nothing unseen to attest to it). Any other false advance fails.
 * dk-dn with 1c8a61a had two, both in dl: reminders that the case will close without a reply (case_closed by
 * the guide) read as information requests at 0.99 and 0.94, a frame agreeing on the request they restate
 * ("先日のお願いについてご返信がまだのようです", "required for a merge:"); training mail now (blind117), where
 * a request beside a warning that the case will close is asked about since.
 * fs-fv with 01d98c2 had one: fu/028, a bilingual request to confirm the merge 「統合は取り消しできませんので、実施して
 * よいか本メールへのご返信でお知らせください」 (reply to say whether we may go ahead) read as a request for information at
 * 0.95, the information frame agreeing on お知らせ (let us know): the consent asked for is in 実施してよいか, which no
 * frame reads as the confirm act.
 * fo-fr with 9791d46 had one: fo/006, Credly's notice of a new badge AWS issued 「試験の合格により」 (on passing the
 * exam) read as the badges moved at 0.92: the rule chosen on fj's two (examPassed) knew 「合格された」「試験に合格」, not
 * 「合格により」; it fired on one other fo message.
 * fk-fn with db8b0af had one: fm/092, "Case ‹caseId› closed. Rate us 1-5." (a satisfaction survey after the
 * closing, `unrelated` by the labelling guide) read as the case's closing at 0.96, the closing frame agreeing on
 * "closed": the survey restates the closing it follows, and its two sentences carry nothing else.
 * fg-fj with 5c07f4b had two, both in fj (mail from the systems around a merge): Credly's notice of a new badge
 * that AWS issued for an exam just passed (fj/030, 「…に合格された試験の結果にもとづき、新しいバッジを発行しました」, and
 * fj/089, "accept your badge: ‹url›"), read as the badges moved at 0.98, the AWS-issuer badge frame agreeing: a
 * badge earned is not a badge moved, and nothing in the frame told the two apart.
 * None in fc-ff with 8a9a445, ey-fb with b0b9ce8, eu-ex with 431e35d, eq-et with 994e4ed, em-ep with 926c9d1, ei-el with 56c518a, ee-eh with 2620338, ea-ed with cd778df, dw-dz with 01047ad, ds-dv with 9c32d91, do-dr with 01b02a7, dg-dj with 8514641, dc-df with 9b3f3b6, cy-db with 157b4e4, cu-cx with eecf315. cq-ct with abd7f0f had one: ct/127, the receipt of another of the user's cases ("以下の内容でケースを作成しました"
 * over that case's details) read as the merge case's receipt at 0.86, a frame agreeing: which case a
 * message belongs to, again; training mail now (blind99), read as another case's since the `name` topic. cm-cp with ba5b5b3 had one: cn/011, the receipt of the user's personal-data access request
 * (another support matter, whose topic certmerge did not know) read as the merge case's receipt at 0.91, a
 * frame agreeing; it is training mail now (blind93), where cross-validation allows none. None in the measurements of ci-cl with 052ffa7, ce-ch with 19d0a6c, ca-cd with 2cef726, bw-bz with f535e4d and bs-bv with 37a0e9e, nor in bk-bn and bo-br with 8681f04 (training mail now, as is
 * bg-bj's one, bi/111, where cross-validation allows none).
 */
const HELDOUT_FALSE_ADVANCES: string[] = ['heldout/fu/028-ja-jis7-d51f76e5.eml'];
/**
 * Accuracy floors; the held-out one sits under what the last measurement showed (fs-fv: 92.7%, where fs, terse
 * mail by a third writer, read 85.5%; fo-fr before it 87.8%, fk-fn 90.7%), not a goal.
 * blind62 and blind68 (held-out bi and bo: two writers' helpdesk-product templates, 60.3% and 67.9% when
 * measured) read 84% and 80% in 2-fold, where each model meets half of that voice.
 * blind106 (held-out da: partners' and resellers' relays of support's answers, labelled with the event they
 * relay) reads 67% in 2-fold: across the training mail that reading of a relay is the minority's (colleagues'
 * relays of the same news are `unrelated` in some thirty messages of other sets; README.md).
 * blind121 (held-out dp: plain language, spaced やさしい日本語 and beginner English, 80.0% when measured) reads
 * 82% in 2-fold: short plain mail looks like a receipt to the model, and the events are told in everyday verbs.
 * blind151 (held-out et: the meaning in the subject line over a generic, empty or template body, 65.9% when
 * measured) reads 68.9% in 2-fold: the model weighs a subject's few characters little against any body, and
 * mail from AWS with a news subject over "Do not reply to this e-mail" reads as outside the case.
 * blind161 (held-out fd: terse, fragmentary and telegraphic mail, 75.6% when measured) reads 83.7% in 2-fold
 * (77.0% before the telegraphic rules): "ref ‹caseId› - queued.", 「終了処理済未払い料金あり→ ‹url›」 have almost
 * nothing a model or a frame can read, and each model meets half of that voice.
 * blind170 (held-out fm: terse mail by a second writer, 78.5% when measured) reads 80.0% in 2-fold (78.5% before
 * 返信要/返信願 were read as requests), for the same reason.
 * blind174 (held-out fq: long mail, the event among policy, FAQs and next steps, 71.5% when measured) reads 75.4%
 * in 2-fold: the explanations around the event read as requests, and a frame agrees with them.
 */
const FLOOR: Record<string, number> = { demo: 0.75, fixtures: 0.93, holdout: 0.9, 'corpus-train': 0.85, heldout: 0.9, blind62: 0.75, blind68: 0.75, blind106: 0.6, blind121: 0.78, blind151: 0.65, blind161: 0.8, blind170: 0.75, blind174: 0.7 };

/** The why lines the corpus's understandings emitted, and those with no Japanese form (where first seen). */
class WhyLines {
  lines = 0;
  readonly untranslated = new Map<string, string>();
  add(m: Labelled, u: UnderstoodMessage, read: MessageRead | undefined): void {
    const r = untranslatedWhyLines(u, read);
    this.lines += r.lines;
    for (const l of r.untranslated) if (!this.untranslated.has(l)) this.untranslated.set(l, `${m.set}/${m.file}`);
  }
}

interface Outcome {
  m: Labelled;
  u: UnderstoodMessage;
}

function report(name: string, outcomes: Outcome[]): { accuracy: number; falseAdvances: string[]; trustErrors: string[] } {
  const right = outcomes.filter((o) => o.u.kind === o.m.kind).length;
  const accuracy = outcomes.length ? right / outcomes.length : 1;
  const asked = outcomes.filter((o) => o.u.ask).length;
  console.log(`# ${name}: ${right}/${outcomes.length} kinds right (${(accuracy * 100).toFixed(1)}%), ${asked} asked`);
  for (const lang of ['en', 'ja']) {
    const l = outcomes.filter((o) => (o.m.language ?? o.u.language) === lang);
    if (l.length) console.log(`#   ${lang}: ${l.filter((o) => o.u.kind === o.m.kind).length}/${l.length}`);
  }
  const kinds = MAIL_KINDS.filter((k) => outcomes.some((o) => o.m.kind === k || o.u.kind === k));
  const abbr = (k: string) => k.slice(0, 7).padStart(7);
  console.log(`#   ${'label \\ got'.padEnd(21)}${kinds.map(abbr).join(' ')}   right`);
  for (const want of kinds) {
    const row = outcomes.filter((o) => o.m.kind === want);
    if (!row.length) continue;
    const cells = kinds.map((got) => String(row.filter((o) => o.u.kind === got).length || '.').padStart(7));
    console.log(`#   ${want.padEnd(21)}${cells.join(' ')}   ${row.filter((o) => o.u.kind === want).length}/${row.length}`);
  }
  const falseAdvances: string[] = [];
  const trustErrors: string[] = [];
  for (const { m, u } of outcomes) {
    const why = `${m.set}/${m.file}: label ${m.kind}, got ${u.kind} (confidence ${u.confidence}${u.ask ? ', asked' : ''}): ${u.reasons.slice(-3).join(' | ')}`;
    if (u.kind !== m.kind) console.log(`#   wrong: ${why.slice(0, 400)}`);
    // forUser is read but not yet enforced (the delivered-to-user check is being added in parallel).
    if (isFalseAdvance(m, u)) falseAdvances.push(why);
    if (m.trusted !== null && u.trusted !== m.trusted) trustErrors.push(`${m.set}/${m.file}: label trusted=${m.trusted}, got ${u.trusted}: ${u.trustReasons.join('; ')}`);
  }
  return { accuracy, falseAdvances, trustErrors };
}

function check(name: string, r: ReturnType<typeof report>): void {
  assert.deepEqual({ falseAdvances: r.falseAdvances, trustErrors: r.trustErrors }, { falseAdvances: [], trustErrors: [] }, `${name}: false advances or trust errors`);
  const floor = FLOOR[name] ?? (name.startsWith('blind') ? 0.85 : 0.9);
  assert.ok(r.accuracy >= floor, `${name}: accuracy ${(r.accuracy * 100).toFixed(1)}% is below the floor ${(floor * 100).toFixed(0)}%`);
}

describe('understanding on the labelled corpus', () => {
  const builtin = loadRules(builtinRulesPath());
  /**
   * Every training message, its example as the trainer reads it and its understanding under its fold's committed
   * model: each message is parsed and stripped once for both (some 19,000 messages; a second read cost a minute
   * of the suite on two busy cores). Read once, for the two tests that need them. Whether a committed fold model
   * was trained from these very examples is known only once all are read: the cross-validation checks it and
   * reads again, under a model trained here, what a stale one understood.
   */
  const whyLines = new WhyLines();
  let read: Promise<{ messages: Labelled[]; examples: TrainingExample[]; understood: UnderstoodMessage[] }> | null = null;
  const training = () =>
    (read ??= (async () => {
      const messages = [...readTrainingSets(), ...(await readDemoSet())];
      const plain = loadRules(builtinRulesPath(), undefined, { withoutModel: true });
      const foldRules = [...Array(FOLDS).keys()].map((fold) => {
        const file = FOLDS === CV_FOLDS ? foldModelFile(fold) : null;
        return file ? { ...builtin, model: compileKindModel(file) } : null;
      });
      const examples: TrainingExample[] = [];
      const understood: UnderstoodMessage[] = [];
      for (const [i, m] of messages.entries()) {
        const once = await readLabelled(m);
        examples.push(await exampleOf(m, plain, once));
        const rules = foldRules[i % FOLDS];
        if (rules) whyLines.add(m, (understood[i] = await understandLabelled(m, rules, once)), once);
      }
      return { messages, examples, understood };
    })());

  // Training two models on some 9,500 messages each, when the committed ones are stale, takes four to eight
  // minutes on two busy cores.
  it('cross-validates on every training set with no false advance and no trust error', { timeout: 900_000 }, async () => {
    const { messages, examples, understood } = await training();
    const outcomes: Outcome[] = [];
    const trainedHere: number[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      // The committed fold model when its digest says it was trained from these very examples (npm run train
      // writes it; the trainer is deterministic, checked below), else one trained here.
      const committed = FOLDS === CV_FOLDS && committedFoldModel(fold, foldTraining(examples, fold, FOLDS)) !== null;
      const rules = committed ? null : { ...builtin, model: compileKindModel(trainKindModel(foldTraining(examples, fold, FOLDS))) };
      if (rules) trainedHere.push(fold);
      for (let i = fold; i < messages.length; i += FOLDS) {
        const m = messages[i]!;
        const u = rules ? await understandLabelled(m, rules) : understood[i]!;
        if (rules) whyLines.add(m, u, undefined);
        outcomes.push({ m, u });
      }
    }
    console.log(`# fold models: ${trainedHere.length ? `fold ${trainedHere.join(', ')} trained here (the committed ones are stale or absent: npm run train writes them)` : 'the committed ones, trained from exactly these examples'}`);
    const sets = [...new Set(messages.map((m) => m.set))];
    const results = sets.map((s) => [s, report(`${s} (${FOLDS}-fold)`, outcomes.filter((o) => o.m.set === s))] as const);
    report(`all training sets (${FOLDS}-fold)`, outcomes);
    for (const [s, r] of results) check(s, r);
  });

  it('understands the held-out set with the shipped model, or says it is absent', async () => {
    if (TRAIN_ONLY) {
      console.log('# heldout: not read (CERTMERGE_CORPUS=train)');
      return;
    }
    const messages = heldoutSets().flatMap((d) => readSet(`heldout/${d}`, join(HELDOUT, d), 'labels.yaml'));
    if (!messages.length) {
      console.log(`# heldout: ${HELDOUT} has no set with a labels.yaml: nothing to measure`);
      return;
    }
    const outcomes: Outcome[] = [];
    for (const m of messages) {
      const once = await readLabelled(m);
      const u = await understandLabelled(m, builtin, once);
      whyLines.add(m, u, once);
      outcomes.push({ m, u });
    }
    const sets = [...new Set(messages.map((m) => m.set))];
    const each = sets.map((s) => [s, report(`${s} (shipped model)`, outcomes.filter((o) => o.m.set === s))] as const);
    const all = report('heldout, all sets (shipped model)', outcomes);
    console.log(`# heldout: ${each.map(([s, r]) => `${s} ${r.falseAdvances.length} false advance(s), ${r.trustErrors.length} trust error(s)`).join('; ')}`);
    assert.deepEqual(all.trustErrors, [], 'heldout: trust errors');
    const known = (fa: string) => HELDOUT_FALSE_ADVANCES.some((f) => fa.startsWith(`${f}:`));
    console.log(`# heldout: ${all.falseAdvances.filter(known).length} known false advance(s) of the measurement (HELDOUT_FALSE_ADVANCES)`);
    assert.deepEqual(all.falseAdvances.filter((fa) => !known(fa)), [], 'heldout: false advances beyond the measured ones');
    assert.ok(all.accuracy >= FLOOR.heldout!, `heldout: accuracy ${(all.accuracy * 100).toFixed(1)}% is below the floor ${(FLOOR.heldout! * 100).toFixed(0)}%`);
  });

  // Training on all 11,766 messages takes about two minutes: the model records a digest of the examples and the
  // options it was trained from instead, and the trainer's determinism is checked on a slice.
  it('ships the model that the corpus of today trains, and trains deterministically', async () => {
    const { examples } = await training();
    const committed = JSON.parse(readKindModelText(MODEL_PATH)) as KindModelFile;
    assert.equal(committed.trainedFrom, examplesDigest(examples), 'rules/kind-model.json.gz was not trained from the training sets and options of today: run npm run train and commit it');
    for (let fold = 0; fold < CV_FOLDS; fold++) {
      assert.ok(committedFoldModel(fold, foldTraining(examples, fold)), `test/mail/corpus/cv-models/fold${fold}.json.gz was not trained from today's examples: run npm run train and commit it`);
    }
    // One message in fifty (some 380, every kind): training twice on one in fifteen cost 23 s of an idle run.
    const slice = examples.filter((_, i) => i % 50 === 0);
    assert.equal(serializeKindModel(trainKindModel(slice)), serializeKindModel(trainKindModel([...slice])), 'the same examples trained twice give different models');
  });

  // The why-lines test (test/server/reasons-ja.test.ts) checks the test mail outside the corpus.
  it('has a Japanese form for every why line it emitted on the corpus', async () => {
    await training();
    console.log(`# why lines: ${whyLines.lines} emitted, ${whyLines.untranslated.size} template(s) without a Japanese form`);
    assert.ok(whyLines.lines > 10_000, `only ${whyLines.lines} why lines were emitted`);
    assert.deepEqual([...whyLines.untranslated.entries()].slice(0, 60).map(([l, at]) => `${l} (${at})`), [], `${whyLines.untranslated.size} why-line templates have no Japanese form (src/server/i18n/reasons.ts)`);
  });
});

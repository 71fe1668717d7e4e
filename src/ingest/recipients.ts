import type { UnderstoodMail } from './understood.js';

/** Whether a message was delivered to the user, or why it was not (one readable line). */
export type Delivery = { forUser: true } | { forUser: false; why: string };

/**
 * A genuine, DKIM-signed notice sent to someone else and redirected to the user
 * still passes DKIM and DMARC; only its addressing shows it is not the user's.
 * So mail may move a case only when To/Cc name one of the user's addresses,
 * it carries no Resent-* field (RFC 5322 §3.6.6: someone re-sent it), and the
 * delivery agent's topmost Delivered-To / X-Original-To (where the server
 * writes them) is one of the user's addresses too. A sender can add such
 * fields below the server's, never above: only the topmost is read.
 */
export function deliveredToUser(m: Pick<UnderstoodMail, 'to' | 'cc' | 'delivery'>, userAddresses: ReadonlySet<string>): Delivery {
  if (m.delivery.resent.length > 0) {
    return { forUser: false, why: `redirected by someone (${[...new Set(m.delivery.resent)].slice(0, 3).join(', ')}): not mail support sent to you` };
  }
  const recipients = [...m.to, ...m.cc].map((a) => a.toLowerCase());
  if (!recipients.some((a) => userAddresses.has(a))) {
    const to = recipients.length ? `addressed to ${recipients.slice(0, 3).join(', ')}` : 'no To or Cc';
    return { forUser: false, why: `${to}, not to one of your addresses` };
  }
  for (const [name, list] of [['Delivered-To', m.delivery.deliveredTo], ['X-Original-To', m.delivery.xOriginalTo]] as const) {
    const top = list[0];
    if (top && !userAddresses.has(top)) return { forUser: false, why: `delivered for ${top.slice(0, 80)} (${name}), not one of your addresses` };
  }
  return { forUser: true };
}

/** The user's addresses: the watched account, mail.from, and every address of the case files, lowercase. */
export function userAddressSet(addresses: Iterable<string | null | undefined>): Set<string> {
  const out = new Set<string>();
  for (const a of addresses) {
    if (!a) continue;
    const angle = /<([^<>]+)>/.exec(a);
    const bare = (angle?.[1] ?? a).trim().toLowerCase();
    if (bare.includes('@')) out.add(bare);
  }
  return out;
}

/** Every e-mail address a case file names. */
export function caseFileAddresses(caseFile: { target: Record<string, unknown>; source: Record<string, unknown> }): string[] {
  return [caseFile.target, caseFile.source].flatMap((acc) => ['loginEmail', 'trainingEmail', 'certificationEmail', 'skillBuilderEmail'].map((k) => acc[k]).filter((v): v is string => typeof v === 'string'));
}

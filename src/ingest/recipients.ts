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
 *
 * Whoever bounces a genuine message can also add header fields that its
 * signature does not cover, and DKIM still passes: a `Cc: you` next to the
 * signed `To: attacker`, or a second `To: you`. Hence two more rules:
 * - RFC 5322 §3.6 allows at most one To and one Cc field: a message with two
 *   was changed after it was written, and is not mail for the user.
 * - When the verdict rests on a DKIM signature aligned with From, the field
 *   that names the user must be one the signature covers: listed in its `h=`
 *   at least as often as the field occurs (RFC 6376 §5.4: a name listed once
 *   signs only the bottom-most instance; one not listed at all signs none, so
 *   anyone may add it). Without that information (no aligned DKIM, or the
 *   signature not in the header) the field count and Delivered-To /
 *   X-Original-To, where present, are all there is.
 */
export function deliveredToUser(m: Pick<UnderstoodMail, 'to' | 'cc' | 'delivery'>, userAddresses: ReadonlySet<string>): Delivery {
  const d = m.delivery;
  if (d.resent.length > 0) {
    return { forUser: false, why: `redirected by someone (${[...new Set(d.resent)].slice(0, 3).join(', ')}): not mail support sent to you` };
  }
  for (const [name, count] of [['To', d.toFields ?? 0], ['Cc', d.ccFields ?? 0]] as const) {
    if (count > 1) return { forUser: false, why: `${count} ${name} fields (a message has at most one): one was added after it was written` };
  }
  const names = (list: readonly string[]) => list.some((a) => userAddresses.has(a.toLowerCase()));
  const naming = [...(names(m.to) ? ['to'] : []), ...(names(m.cc) ? ['cc'] : [])];
  if (naming.length === 0) {
    const recipients = [...m.to, ...m.cc].map((a) => a.toLowerCase());
    const to = recipients.length ? `addressed to ${recipients.slice(0, 3).join(', ')}` : 'no To or Cc';
    return { forUser: false, why: `${to}, not to one of your addresses` };
  }
  if (d.signedFields) {
    const occurs = (field: string) => (field === 'to' ? (d.toFields ?? 1) : (d.ccFields ?? 1));
    const covered = (field: string) => d.signedFields!.some((h) => h.filter((f) => f === field).length >= occurs(field));
    if (!naming.some(covered)) {
      return { forUser: false, why: `your address is only in ${naming.map((f) => (f === 'to' ? 'To' : 'Cc')).join(' and ')}, which the sender's DKIM signature does not cover: added after it was signed` };
    }
  }
  for (const [name, list] of [['Delivered-To', d.deliveredTo], ['X-Original-To', d.xOriginalTo]] as const) {
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

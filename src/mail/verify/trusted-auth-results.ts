import type { AuthResultsHeader, TraceFields } from '../parse/parsed-message.js';
import { parseAuthResults, type AuthResultsField } from './authentication-results.js';

/**
 * Who the receiving server is, as far as its Authentication-Results go.
 * `authserv-id`: a server that writes `Authentication-Results: <id>; ...`
 * (Postfix + OpenDKIM/OpenDMARC/rspamd, Gmail's `mx.google.com`, ...).
 * `microsoft`: Exchange Online / Outlook.com, which writes its field without
 * an authserv-id and renames incoming ones to `Authentication-Results-Original`.
 */
export type ReceivingServer =
  | {
      provider: 'authserv-id';
      authservId: string;
      /** Hosts the receiving hop writes in its `Received: ... by HOST`; default: the authserv-id. */
      receivedBy?: readonly string[];
      /**
       * The server writes its verdict above its own Received (an MDA or a filter that prepends): then a field
       * directly below it, where a sender's own header lands when the server wrote none, is never believed.
       */
      headerAbove?: boolean;
      /** How many adjacent fields the server writes for one message (one per filter); default 1. */
      fieldsPerMessage?: number;
    }
  | { provider: 'microsoft' };

export interface TrustedAuthResults {
  trusted: AuthResultsField[];
  reasons: string[];
  /** Fields claiming the server's id beyond the ones trusted: a forgery, or a server that leaves incoming fields in place. */
  duplicates: number;
  /**
   * The trusted fields sit below the hop's Received with no Received below them: where the header the
   * message arrived with begins, so a sender's own field stands exactly there when the server wrote none.
   */
  unanchored?: true;
}

interface Parsed {
  position: number;
  field: AuthResultsField | null;
}

/**
 * The Authentication-Results fields written by the receiving server, or none
 * with the reasons why. RFC 8601 §5: the receiving server adds its field on
 * top of the header; anything it did not add arrived with the message and may
 * be forged. The rules, in order (README "Security" says the same):
 *
 * 1. Only a field spelled exactly `Authentication-Results:` counts (the
 *    parser already drops `Authentication-Results :` and `-Original`).
 * 2. The receiving hop is the topmost `Received:` whose `by` host is one of
 *    `receivedBy` (default: the authserv-id), looked for only among the
 *    Received fields above the topmost Authentication-Results (the receiving
 *    side's own; a forged `Received: by <id>` further down must not move
 *    where the server's header is looked for), else the topmost `Received:`.
 *    Its fields sit above that Received or directly below it (milters insert
 *    right after the MTA's own Received); a field below the next Received was
 *    in the message before our server saw it. With `headerAbove`, only above,
 *    and the hop must be the server's own (a message without a Received by it
 *    did not come through it: nothing is trusted).
 *    A field directly below the hop with no Received anywhere below it stands
 *    where the header the message arrived with begins: when the server wrote
 *    no header, the sender's own is there. It is reported as `unanchored`, and
 *    verifySender does not believe it (unless DKIM/DMARC is checked locally).
 * 3. The topmost field in that region must carry the authserv-id as a bare
 *    token (compared case-insensitively, a version number may follow).
 * 4. Any other field that claims the id — in any spelling: upper-cased,
 *    quoted, with extra words, anywhere below — means we cannot tell the
 *    server's verdict from a sender's: nothing is trusted. (A server that
 *    writes N adjacent fields per message declares `fieldsPerMessage: N`.)
 *
 * Microsoft mode: the topmost field in the whole header must have no
 * authserv-id; only it is trusted, and a second id-less one refuses all.
 */
export function trustedAuthResults(headers: readonly AuthResultsHeader[], trace: TraceFields | undefined, server: ReceivingServer): TrustedAuthResults {
  const parsed: Parsed[] = headers.map((h) => ({ position: h.position, field: parseAuthResults(h.value) }));
  const reasons: string[] = [];
  if (trace?.spacedAuthResults) reasons.push(`ignored ${trace.spacedAuthResults} "Authentication-Results :" header(s) with whitespace before the colon: not a header any receiving server writes`);
  if (trace?.authResultsOriginal) reasons.push(`ignored ${trace.authResultsOriginal} Authentication-Results-Original header(s): copies of what the sender supplied`);
  return server.provider === 'microsoft' ? microsoft(parsed, reasons) : byAuthservId(parsed, trace, server, reasons);
}

function byAuthservId(parsed: Parsed[], trace: TraceFields | undefined, server: Extract<ReceivingServer, { provider: 'authserv-id' }>, reasons: string[]): TrustedAuthResults {
  const id = server.authservId.toLowerCase();
  const claims = (p: Parsed) => p.field !== null && p.field.authservId === id;
  const ours = (p: Parsed) => claims(p) && p.field?.idForm === 'token';
  if (parsed.length === 0) return { trusted: [], reasons: [...reasons, 'no Authentication-Results header'], duplicates: 0 };

  const received = trace?.received ?? [];
  const hosts = (server.receivedBy?.length ? server.receivedBy : [id]).map((h) => h.toLowerCase());
  const topmostField = parsed[0]!.position;
  const byServer = (r: (typeof received)[number]) => r.by !== null && hosts.includes(r.by);
  // A server that writes its header above its own Received (headerAbove) is known by that Received: without
  // one, the message did not come through it (or was never stamped), and a header on top proves nothing.
  // (Never one further down: a sender may forge "Received: by <our host>" under a forged header.)
  const hop = received.find((r) => r.position < topmostField && byServer(r)) ?? received[0] ?? null;
  if (server.headerAbove && !(hop && byServer(hop))) {
    reasons.push(
      `the topmost Received: header is ${hop ? `by ${hop.by ?? 'an unnamed host'}` : 'missing'}, not by ${hosts.join(' or ')}: the receiving server (trust.headerAbove) writes its verdict above its own Received, so a header without it came with the message and may be forged`,
    );
    return { trusted: [], reasons, duplicates: 0 };
  }
  const below = hop ? received.find((r) => r.position > hop.position) : undefined;
  const regionEnd = hop ? (server.headerAbove ? hop.position : (below?.position ?? Infinity)) : Infinity;
  const region = parsed.filter((p) => p.position < regionEnd);
  const top = region[0];
  if (!top) {
    reasons.push(
      `no Authentication-Results header from the receiving server above or directly below its Received: header (by ${hop?.by ?? '?'}); ` +
        `${parsed.length} further down came with the message and may be forged`,
    );
    // Nothing of the server's to duplicate: this is a message the server wrote no header for.
    return { trusted: [], reasons, duplicates: 0 };
  }
  if (!ours(top)) {
    const what = !top.field ? '(unreadable)' : top.field.idForm === 'none' ? '(no authserv-id)' : claims(top) ? `a ${top.field.idForm === 'quoted' ? 'quoted' : 'malformed'} "${top.field.authservId}"` : top.field.authservId;
    reasons.push(`the topmost Authentication-Results header is from "${what}", not the trusted "${server.authservId}"`);
    const claiming = parsed.filter((p) => p !== top && claims(p)).length;
    if (claiming > 0) reasons.push(`ignored ${claiming} Authentication-Results header(s) claiming "${server.authservId}" below it: they may be forged`);
    return { trusted: [], reasons, duplicates: claiming };
  }

  const trustedParsed: Parsed[] = [top];
  const perMessage = Math.max(1, server.fieldsPerMessage ?? 1);
  for (const p of region.slice(1)) {
    const prev = trustedParsed[trustedParsed.length - 1]!;
    if (trustedParsed.length >= perMessage || !ours(p) || p.position !== prev.position + 1) break;
    trustedParsed.push(p);
  }
  const trusted = trustedParsed.map((p) => p.field!);
  const others = parsed.filter((p) => !trustedParsed.includes(p));
  const duplicates = others.filter(claims);
  if (duplicates.length > 0) {
    reasons.push(
      `refused: ${duplicates.length} more Authentication-Results header(s) claiming "${server.authservId}" below the topmost block: they may be forged, ` +
        'and the server\'s own verdict cannot be told from them (RFC 8601 §5: a server must remove incoming headers with its id)',
    );
    if (conflictingDmarc(trusted, duplicates.map((d) => d.field!))) reasons.push('conflicting DMARC results for the same domain');
    return { trusted: [], reasons, duplicates: duplicates.length };
  }
  const foreign = others.filter((p) => p.field && !claims(p)).length;
  if (foreign > 0) reasons.push(`ignored ${foreign} Authentication-Results header(s) from other servers`);
  if (hop && !below && top.position > hop.position) return { trusted, reasons, duplicates: 0, unanchored: true };
  return { trusted, reasons, duplicates: 0 };
}

function microsoft(parsed: Parsed[], reasons: string[]): TrustedAuthResults {
  const top = parsed[0];
  if (!top) return { trusted: [], reasons: [...reasons, 'no Authentication-Results header'], duplicates: 0 };
  if (!top.field || top.field.idForm !== 'none') {
    reasons.push(`the topmost Authentication-Results header names "${top.field?.authservId ?? '(unreadable)'}": with trust.provider microsoft only Microsoft's header without an authserv-id is trusted`);
    return { trusted: [], reasons, duplicates: 0 };
  }
  const idless = parsed.slice(1).filter((p) => p.field?.idForm === 'none');
  if (idless.length > 0) {
    reasons.push(`refused: ${idless.length} more Authentication-Results header(s) without an authserv-id below Microsoft's: they may be forged`);
    if (conflictingDmarc([top.field], idless.map((d) => d.field!))) reasons.push('conflicting DMARC results for the same domain');
    return { trusted: [], reasons, duplicates: idless.length };
  }
  const foreign = parsed.length - 1;
  if (foreign > 0) reasons.push(`ignored ${foreign} Authentication-Results header(s) below Microsoft's, from other servers`);
  return { trusted: [top.field], reasons, duplicates: 0 };
}

/** True when the trusted fields and the refused ones give different DMARC results for one domain. */
function conflictingDmarc(trusted: AuthResultsField[], refused: AuthResultsField[]): boolean {
  const verdicts = (fields: AuthResultsField[]) => {
    const m = new Map<string, string>();
    for (const r of fields.flatMap((f) => f.results)) if (r.method === 'dmarc' && r.props['header.from']) m.set(r.props['header.from'].toLowerCase(), r.result);
    return m;
  };
  const a = verdicts(trusted);
  for (const [domain, result] of verdicts(refused)) if (a.has(domain) && a.get(domain) !== result) return true;
  return false;
}

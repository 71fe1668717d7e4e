import { createHash } from 'node:crypto';

/**
 * Splits the header section off a raw message without any MIME knowledge. Used
 * for the synthetic Message-ID and as the fallback when mailparser gives up, so
 * it must accept anything (no headers, bare LF, binary).
 */
export function rawHeaderBlock(raw: Buffer): Buffer {
  // The first blank line, CRLF or bare LF. A bare-LF one can only come first if
  // it starts before the CRLF one, so the second search stops there instead of
  // running through the whole body.
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = (crlf >= 0 ? raw.subarray(0, crlf + 1) : raw).indexOf('\n\n');
  const end = lf >= 0 ? lf : crlf;
  return end < 0 ? raw : raw.subarray(0, end);
}

/** Raw header lines in mailparser's shape (`key` lowercase, `line` with folding), stopping at the first line that is not a field. */
export function rawHeaderLines(raw: Buffer): { key: string; line: string }[] {
  const text = rawHeaderBlock(raw).toString('latin1');
  const out: { key: string; line: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const last = out[out.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.line += '\r\n' + line;
      continue;
    }
    // Whitespace before the colon is obsolete syntax (RFC 5322 §4.5.8) that mailparser accepts too; the verifier tells it apart.
    const m = /^([!-9;-~]+)[ \t]*:/.exec(line);
    if (!m?.[1]) break;
    out.push({ key: m[1].toLowerCase(), line });
  }
  return out;
}

/**
 * A Message-ID for mail that has none, derived from the header section so the
 * same message seen twice (a re-upload, a restart) deduplicates to one id.
 * Without a header section the whole message is hashed.
 */
export function syntheticMessageId(raw: Buffer): string {
  const digest = createHash('sha256').update(rawHeaderBlock(raw)).digest('hex');
  return `<${digest}@certmerge.invalid>`;
}

/**
 * Rebuilding a small message from the header and text parts of one that is too
 * big to download (say, a reply with a 40 MB attachment). The pipeline only
 * needs the words; attachments are dropped and the result is marked truncated.
 */
import { randomBytes } from 'node:crypto';
import { rawHeaderLines } from '../parse/raw-header.js';

export interface TextPart {
  /** Content-Type value without parameters, lowercased: text/plain or text/html. */
  type: string;
  /** Content-Type parameters such as charset, format, delsp. */
  parameters: Record<string, string>;
  /** Content-Transfer-Encoding as on the server (7bit, quoted-printable, base64 ...). */
  encoding: string;
  /** The part's body exactly as stored, still transfer-encoded. */
  body: Buffer;
}

/** Body structure node, as much of imapflow's MessageStructureObject as we read. */
export interface StructureNode {
  part?: string | undefined;
  type: string;
  parameters?: Record<string, string> | undefined;
  encoding?: string | undefined;
  size?: number | undefined;
  disposition?: string | undefined;
  childNodes?: StructureNode[] | undefined;
}

/**
 * The inline text parts worth keeping, in document order. Does not descend
 * into attached messages (message/rfc822): their text is not the reply's.
 */
export function pickTextParts(node: StructureNode): StructureNode[] {
  const type = node.type.toLowerCase();
  if (type.startsWith('multipart/')) return (node.childNodes ?? []).flatMap(pickTextParts);
  if ((type === 'text/plain' || type === 'text/html') && node.disposition?.toLowerCase() !== 'attachment') return [node];
  return [];
}

// Headers that describe the original body; the rebuilt body has its own.
const BODY_HEADERS = new Set(['content-type', 'content-transfer-encoding', 'content-length', 'mime-version', 'content-disposition']);

/** Drops body-describing header fields (with their folded continuation lines). */
export function stripBodyHeaders(header: Buffer): string {
  return rawHeaderLines(header)
    .filter((f) => !BODY_HEADERS.has(f.key))
    .map((f) => f.line)
    .join('\r\n');
}

function quoteParam(v: string): string {
  return /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(v) ? v : `"${v.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * A multipart/mixed message with the original header fields (Subject, From,
 * Message-ID, In-Reply-To, Authentication-Results ...) and the given parts.
 * Latin-1 round trip keeps the original header bytes (ISO-2022-JP etc.) intact.
 */
export function buildTruncatedMessage(header: Buffer, parts: TextPart[], originalSize: number): Buffer {
  const boundary = `certmerge-truncated-${randomBytes(8).toString('hex')}`;
  const head = [
    stripBodyHeaders(header),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    `X-Certmerge-Truncated: original ${originalSize} bytes; only text parts kept`,
    '',
    '',
  ].join('\r\n');
  const chunks: Buffer[] = [Buffer.from(head, 'latin1')];
  for (const p of parts) {
    const params = Object.entries(p.parameters)
      .map(([k, v]) => `; ${k}=${quoteParam(v)}`)
      .join('');
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Type: ${p.type}${params}\r\nContent-Transfer-Encoding: ${p.encoding}\r\n\r\n`, 'latin1'));
    chunks.push(p.body);
    chunks.push(Buffer.from('\r\n', 'latin1'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'latin1'));
  return Buffer.concat(chunks);
}

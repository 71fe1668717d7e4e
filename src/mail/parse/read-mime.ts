import { MailParser, type HeaderLines, type Headers } from 'mailparser';
import { LIMITS } from './limits.js';

/** What we keep from mailparser. */
export interface MimeParts {
  headers: Headers;
  headerLines: HeaderLines;
  /** Text parts, or for HTML-only mail mailparser's html-to-text conversion of the HTML. */
  text: string | null;
  html: string | null;
  /** Why the HTML of HTML-only mail could not become text (over `maxHtmlLengthToParse`, nested too deep). */
  textConversionError: Error | null;
  attachmentCount: number;
}

/**
 * We never render this HTML, so no `textAsHtml` and no link rewriting; checksums
 * of attachments are unused. HTML-only mail is converted by mailparser itself,
 * bounded by `maxHtmlLengthToParse`.
 */
const OPTIONS = {
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  maxHtmlLengthToParse: LIMITS.htmlToParseChars,
  checksumAlgo: false,
} as const;

/**
 * Parses a message with mailparser's streaming parser, draining and releasing
 * every attachment unread, so memory stays bounded by the input whatever the
 * attachments weigh. simpleParser would buffer them all: on a 25 MB cut of a
 * 60 MB message it peaks at 255 MB against 139 MB here (BENCHMARKS.md).
 */
export function readMime(raw: Buffer): Promise<MimeParts> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser(OPTIONS);
    let headers: Headers = new Map();
    let headerLines: HeaderLines = [];
    let text: string | null = null;
    let html: string | null = null;
    let textConversionError: Error | null = null;
    let attachmentCount = 0;
    let settled = false;

    parser.on('headers', (h) => {
      headers = h;
      headerLines = parser.headerLines || [];
    });
    parser.on('data', (data) => {
      if (data.type === 'attachment') {
        attachmentCount += 1;
        // The parser waits for release(); resume() discards the content as it is decoded.
        data.content.on('end', () => data.release?.());
        data.content.on('error', () => data.release?.());
        data.content.resume();
        return;
      }
      text = data.text ?? null;
      html = typeof data.html === 'string' ? data.html : null;
      textConversionError = data.textConversionError ?? null;
    });
    parser.on('error', (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ headers, headerLines, text, html, textConversionError, attachmentCount });
    });
    // A Buffer, never a string (charset damage), fed in slices honouring
    // backpressure: one 30 MB write would be split and decoded in a single
    // synchronous pass, piling up every decoded chunk before the attachment
    // stream could drain any of them.
    let offset = 0;
    const pump = (): void => {
      while (offset < raw.length) {
        const chunk = raw.subarray(offset, offset + CHUNK_BYTES);
        offset += chunk.length;
        if (!parser.write(chunk)) {
          parser.once('drain', pump);
          return;
        }
      }
      parser.end();
    };
    pump();
  });
}

const CHUNK_BYTES = 64 * 1024;

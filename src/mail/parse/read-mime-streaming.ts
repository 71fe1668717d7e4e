import { MailParser } from 'mailparser';
import type { HeaderLines, Headers } from 'mailparser';
import { MAILPARSER_OPTIONS } from './mailparser-options.js';
import type { MimeParts } from './mime-parts.js';
import { textOfParts } from './html-text.js';

/**
 * Parses a message over the size cap with the streaming parser, draining and
 * releasing every attachment unread so that memory stays bounded whatever the
 * attachments weigh (simpleParser would buffer them all).
 */
export function readMimeStreaming(raw: Buffer): Promise<MimeParts> {
  return new Promise((resolve, reject) => {
    const { keepCidLinks: _unused, ...options } = MAILPARSER_OPTIONS;
    const parser = new MailParser(options);
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
      html = data.html ?? null;
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
      const converted = textOfParts(text, html);
      resolve({ headers, headerLines, text: converted.text, html, textConversionError: textConversionError ?? converted.error, attachmentCount });
    });
    // Feed it in slices, honouring backpressure: one 30 MB write would be split
    // and decoded in a single synchronous pass, piling up every decoded chunk
    // before the attachment stream could drain any of them.
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

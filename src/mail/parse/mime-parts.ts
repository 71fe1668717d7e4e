import type { HeaderLines, Headers } from 'mailparser';

/** What we keep from mailparser, whichever way it ran (buffered or streaming). */
export interface MimeParts {
  headers: Headers;
  headerLines: HeaderLines;
  text: string | null;
  html: string | null;
  textConversionError: Error | null;
  attachmentCount: number;
}

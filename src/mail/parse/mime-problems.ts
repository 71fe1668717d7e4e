import type { Headers, StructuredHeader } from 'mailparser';

/**
 * Structural faults mailparser tolerates silently but a person reading a
 * misclassification would want to know about. Cheap checks on the raw bytes.
 */
export function mimeProblems(raw: Buffer, headers: Headers): string[] {
  const problems: string[] = [];
  const ct = headers.get('content-type') as StructuredHeader | undefined;
  const boundary = ct && typeof ct === 'object' && 'params' in ct ? ct.params.boundary : undefined;
  if (ct && /^multipart\//i.test(ct.value)) {
    if (!boundary) problems.push('multipart message without a boundary parameter');
    else if (!raw.includes(`--${boundary}--`)) problems.push(`multipart body never closes its boundary "${boundary.slice(0, 70)}" (message may be truncated)`);
  }
  for (const charset of declaredCharsets(raw)) {
    if (!isKnownCharset(charset)) problems.push(`unknown charset "${charset.slice(0, 40)}": that part was decoded as best effort`);
  }
  return problems;
}

function declaredCharsets(raw: Buffer): Set<string> {
  const found = new Set<string>();
  // Only the first MB: charset declarations sit in part headers, never deep in attachments' bodies in practice.
  const head = raw.subarray(0, 1024 * 1024).toString('latin1');
  for (const m of head.matchAll(/^content-type:[^\n]*(?:\n[ \t][^\n]*)*/gim)) {
    const cs = /charset\s*=\s*"?([^";\s]+)/i.exec(m[0]);
    if (cs?.[1]) found.add(cs[1].toLowerCase());
  }
  return found;
}

/** WHATWG's TextDecoder knows every charset real mail uses (Node ships full ICU); an unknown label throws. */
function isKnownCharset(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}

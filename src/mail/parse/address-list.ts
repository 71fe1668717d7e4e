import { parseAddressHeader } from 'mailparser';
import { LIMITS } from './limits.js';
import type { MailAddress } from './parsed-message.js';
import type { HeaderField } from './header-fields.js';

/**
 * Every mailbox named by all fields called `name`, groups flattened. Parsed from
 * the raw fields rather than mailparser's map, which keeps only the first From:
 * a second From field must count against the sender. Domains stay in their ASCII
 * (punycode) form so a look-alike cannot pass for the real name.
 */
export function addressList(fields: HeaderField[], name: string): MailAddress[] {
  // Header lines arrive as latin1; 8-bit display names are UTF-8 in practice.
  const values = fields.filter((f) => f.name === name).map((f) => Buffer.from(f.value, 'latin1').toString('utf8'));
  if (values.length === 0) return [];
  let parsed;
  try {
    parsed = parseAddressHeader(values, { flatten: true, decodePunycode: false });
  } catch {
    return [];
  }
  return parsed.value
    .filter((a) => typeof a.address === 'string' && a.address.length > 0)
    .slice(0, LIMITS.addresses)
    .map((a) => ({
      address: (a.address ?? '').slice(0, LIMITS.addressChars),
      name: (a.name ?? '').slice(0, LIMITS.nameChars),
    }));
}

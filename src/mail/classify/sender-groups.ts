import { addressInDomains } from '../verify/domain-name.js';
import type { ClassificationRules } from './classification-rules.js';

/**
 * The rules file's sender groups this address belongs to. This is about what a
 * message claims, not whether it is authentic: `trusted` (verify/) decides that,
 * and an untrusted message never advances a case whatever its kind.
 */
export function senderGroupsOf(address: string | null, groups: ClassificationRules['senders']): string[] {
  if (!address) return [];
  const addr = address.toLowerCase();
  return Object.entries(groups)
    .filter(([, g]) => g.addresses.includes(addr) || addressInDomains(addr, g.domains))
    .map(([name]) => name);
}

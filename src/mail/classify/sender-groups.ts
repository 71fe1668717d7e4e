import { addressInDomains } from '../verify/domain-name.js';
import type { ClassificationRules } from './classification-rules.js';

/** The sender groups a message belongs to or pretends to belong to. */
export interface SenderGroups {
  groups: string[];
  /** True when the groups come from a look-alike (`claims`), not from the address itself. */
  lookalike: boolean;
}

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

/**
 * The groups of the address, or else the groups a look-alike claims: `amaz0n.com`,
 * `credIy.com`, `amazon.com.example.net`, "AWS Support" on a free-mail address, a
 * group address's own local part (`no-reply-aws@` on another domain). A
 * forgery says what the real sender would; reading its meaning lets the timeline
 * show what it pretends, while `trusted: false` keeps it from moving anything.
 */
export function claimedSenderGroups(address: string | null, displayName: string, groups: ClassificationRules['senders']): SenderGroups {
  const real = senderGroupsOf(address, groups);
  if (real.length) return { groups: real, lookalike: false };
  const at = address?.lastIndexOf('@') ?? -1;
  const domainTokens = at >= 0 ? fold(address!.slice(at + 1)).split(/[.\-_]+/).filter(Boolean) : [];
  const local = at >= 0 ? fold(address!.slice(0, at)) : '';
  const name = fold(displayName).replace(/\s+/g, ' ');
  const claimed = Object.entries(groups)
    .filter(([, g]) => g.addresses.some((a) => a.slice(0, a.lastIndexOf('@')) === local) || g.claims.some((c) => domainTokens.some((t) => t.startsWith(c)) || containsWord(local, c) || containsWord(name, c)))
    .map(([n]) => n);
  return { groups: claimed, lookalike: claimed.length > 0 };
}

/** Undoes the usual look-alike substitutions: `I` for `l`, digits for letters, `rn` for `m`. */
function fold(s: string): string {
  return s
    .replace(/I/g, 'l')
    .toLowerCase()
    .replace(/0/g, 'o')
    .replace(/1/g, 'l')
    .replace(/3/g, 'e')
    .replace(/5/g, 's')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
}

/** `word` in `s`, not inside a longer Latin word ("aws" in "aws-cs" and "AWS Support", not in "laws"). */
function containsWord(s: string, word: string): boolean {
  let i = s.indexOf(word);
  while (i >= 0) {
    const before = s[i - 1] ?? ' ';
    const after = s[i + word.length] ?? ' ';
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
    i = s.indexOf(word, i + 1);
  }
  return false;
}

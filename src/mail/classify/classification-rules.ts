import type { MailKind } from '../kinds.js';

/** A pattern ready to run: where it looks and the compiled expression. */
export interface CompiledPattern {
  where: 'subject' | 'text' | 'either';
  source: string;
  re: RegExp;
}

export interface CompiledRule {
  id: string;
  kind: MailKind;
  priority: number;
  senders: string[] | null;
  any: CompiledPattern[];
  all: CompiledPattern[];
  unless: CompiledPattern[];
}

/** Loaded, validated, merged rules: what `classify` runs. Build with `loadRules`. */
export interface ClassificationRules {
  senders: Record<string, { addresses: string[]; domains: string[] }>;
  caseIdPatterns: { subject: RegExp[]; body: RegExp[] };
  rules: CompiledRule[];
  /** The files the rules came from, built-ins first. */
  sources: string[];
}

import type { MailKind } from '../kinds.js';
import type { Frames } from './frames.js';
import type { KindModel } from './kind-model.js';

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
  /** Built-in rules are cues the kind model weighs; a user's rule decides (frame-checked when it would move a case). */
  origin: 'builtin' | 'user';
}

/** Loaded, validated, merged rules: what `classify` runs. Build with `loadRules`. */
export interface ClassificationRules {
  senders: Record<string, { addresses: string[]; domains: string[]; claims: string[] }>;
  caseIdPatterns: { subject: RegExp[]; body: RegExp[] };
  rules: CompiledRule[];
  /** The trained kind model (rules/kind-model.json.gz). */
  model: KindModel;
  /** What advancing kinds must mean (rules/frames.yaml plus the user's). */
  frames: Frames;
  /** The files the rules came from, built-ins first. */
  sources: string[];
}

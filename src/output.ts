/** Where a command (or the daemon's start-up lines) writes; injected so tests can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Asks a question on a terminal and returns the answer; absent when there is no terminal to ask on. */
  ask?: (question: string) => Promise<string>;
}

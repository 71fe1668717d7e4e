/** Where a command (or the daemon's start-up lines) writes; injected so tests can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

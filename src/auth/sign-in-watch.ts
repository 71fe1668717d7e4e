/**
 * Ends a "sign-in refused" wait as soon as the user did something about it:
 * `certmerge login` rewrote the token file, or the config file was edited
 * (a corrected password). Polls modification times: the token file is
 * replaced by rename, which inotify-style watches lose track of.
 */
import { statSync } from 'node:fs';

export interface WatchedFiles {
  tokenFile: string;
  /** Absent for the embedded defaults. */
  configFile?: string;
}

export interface SignInWatchTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(h: unknown): void;
}

const realIntervals: SignInWatchTimers = {
  setInterval: (fn, ms) => {
    const t = setInterval(fn, ms);
    t.unref();
    return t;
  },
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

function mtime(path: string | undefined): number {
  if (!path) return 0;
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Calls `onTokens` / `onConfig` when the file's modification time moves; returns the stop function. */
export function watchSignInFiles(files: WatchedFiles, on: { onTokens(): void; onConfig(): void }, opts: { intervalMs?: number; timers?: SignInWatchTimers } = {}): () => void {
  const timers = opts.timers ?? realIntervals;
  let tokens = mtime(files.tokenFile);
  let config = mtime(files.configFile);
  const h = timers.setInterval(() => {
    const t = mtime(files.tokenFile);
    if (t !== tokens) {
      tokens = t;
      if (t) on.onTokens();
    }
    const c = mtime(files.configFile);
    if (c !== config) {
      config = c;
      if (c) on.onConfig();
    }
  }, opts.intervalMs ?? 1000);
  return () => timers.clearInterval(h);
}

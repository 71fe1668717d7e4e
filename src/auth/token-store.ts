/**
 * The OAuth2 tokens of `certmerge login`, in one owner-only JSON file in the
 * data dir (mode 0600: a refresh token is as good as the password). Written
 * atomically (temp file, fsync, rename), so a crash never leaves half a file
 * and a rotated refresh token is either stored or the old one still is.
 * The CLI (`login`) and the daemon (refreshes) both write it: each write
 * re-reads the file and replaces only its own entry.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';

/** Which sign-in: IMAP's, or SMTP's when mail.smtp.auth is its own. */
export type SignInKey = 'imap' | 'smtp';

export interface StoredTokens {
  provider: string;
  clientId: string;
  /** The token endpoint the refresh token belongs to. */
  tokenUrl: string;
  accessToken: string;
  /** ISO time the access token expires. */
  expiresAt: string;
  /** ISO time the access token was issued: how early to refresh depends on its lifetime. */
  accessTokenAt: string;
  refreshToken: string | null;
  scope: string | null;
  /** ISO time of the sign-in (`certmerge login`), unchanged by refreshes. */
  signedInAt: string;
  /** Set when the server refused the refresh token: only a new sign-in helps. */
  refused: { reason: string; at: string } | null;
}

interface TokenFile {
  version: 1;
  signIns: Partial<Record<SignInKey, StoredTokens>>;
}

export const TOKEN_FILE_NAME = 'oauth-tokens.json';

export function tokenFilePath(dataDir: string): string {
  return join(dataDir, TOKEN_FILE_NAME);
}

export class TokenStore {
  constructor(readonly path: string) {}

  static inDataDir(dataDir: string): TokenStore {
    return new TokenStore(tokenFilePath(dataDir));
  }

  get(key: SignInKey): StoredTokens | null {
    return this.read().signIns[key] ?? null;
  }

  /** Replaces one sign-in's entry (null removes it). */
  put(key: SignInKey, tokens: StoredTokens | null): void {
    const file = this.read();
    if (tokens) file.signIns[key] = tokens;
    else delete file.signIns[key];
    this.write(file);
  }

  /**
   * Stores a refresh's result only if the entry still holds the refresh token
   * it was made with: a `certmerge login` that happened meanwhile wins.
   */
  replaceIf(key: SignInKey, usedRefreshToken: string | null, tokens: StoredTokens): boolean {
    const file = this.read();
    const cur = file.signIns[key];
    if (!cur || cur.refreshToken !== usedRefreshToken) return false;
    file.signIns[key] = tokens;
    this.write(file);
    return true;
  }

  /** Modification time in ms, 0 when there is no file: the daemon watches it for a new sign-in. */
  mtimeMs(): number {
    try {
      return statSync(this.path).mtimeMs;
    } catch {
      return 0;
    }
  }

  private read(): TokenFile {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, signIns: {} };
      throw new AppError('STORAGE', `${this.path}: cannot read the token file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      const data = JSON.parse(text) as TokenFile;
      if (data && data.version === 1 && data.signIns && typeof data.signIns === 'object') return data;
    } catch {
      // fall through
    }
    throw new AppError('STORAGE', `${this.path}: not a certmerge token file; remove it and run \`certmerge login\` again`);
  }

  private write(file: TokenFile): void {
    const dir = join(this.path, '..');
    mkdirSync(dir, { recursive: true });
    const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(file, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      // The umask may have narrowed the mode further, never widened it; make it exact anyway.
      chmodSync(tmp, 0o600);
      renameSync(tmp, this.path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
    // The rename is durable once the directory entry is.
    try {
      const dfd = openSync(dir, 'r');
      fsyncSync(dfd);
      closeSync(dfd);
    } catch {
      // Some file systems refuse fsync on a directory; the rename still happened.
    }
  }
}

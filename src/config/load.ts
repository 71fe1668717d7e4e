import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../errors.js';
import { formatIssues } from '../validation/format-issues.js';
import { configSchema, type Config } from './schema.js';
import { knowsCountry } from '../scheduler/holidays.js';

/** A validated config with every path made absolute. */
export type ResolvedConfig = Config & {
  /** Where the config came from: a file path, or "embedded defaults". */
  origin: string;
  mail: Config['mail'] & { maildir: string };
};

/**
 * Replaces `${NAME}` in every string value by the environment variable.
 * A missing variable becomes an empty string, so an optional field that
 * references an unset variable (the dashboard token) is simply absent.
 */
export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv): unknown {
  if (typeof value === 'string') return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => env[name] ?? '');
  if (Array.isArray(value)) return value.map((v) => substituteEnv(v, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]) => {
        const s = substituteEnv(v, env);
        // An optional string that came out empty from ${UNSET} is dropped.
        return s === '' && typeof v === 'string' && v.includes('${') ? [] : [[k, s]];
      }),
    );
  }
  return value;
}

/** Validates raw config data; `baseDir` anchors relative paths (the config file's folder). */
export function resolveConfig(data: unknown, baseDir: string, origin: string, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const result = configSchema.safeParse(substituteEnv(data ?? {}, env), { reportInput: true });
  if (!result.success) {
    throw new AppError('BAD_CONFIG', formatIssues(result.error, origin).join('\n'));
  }
  const c = result.data;
  // Only a configured country loads date-holidays here; the default (Japan) is known to be there.
  if (c.holidays.country && !knowsCountry(c.holidays.country)) {
    throw new AppError('BAD_CONFIG', `${origin}: holidays.country: "${c.holidays.country}" is not a country date-holidays knows (ISO 3166 code)`);
  }
  const dataDir = resolve(baseDir, c.dataDir);
  return {
    ...c,
    origin,
    dataDir,
    mail: { ...c.mail, maildir: c.mail.maildir ? resolve(baseDir, c.mail.maildir) : resolve(dataDir, 'mail') },
    rulesFile: c.rulesFile ? resolve(baseDir, c.rulesFile) : undefined,
  };
}

/**
 * Quotes a bare `${NAME}` that is a whole value, so that it is a string to
 * YAML: in a flow mapping (`{ secret: ${SECRET} }`, as the README writes the
 * notify channels) the `{` would otherwise open a nested mapping. A value
 * already in quotes is left alone.
 */
export function quoteBareEnvRefs(text: string): string {
  return text.replace(/(^|[\s:,[{])\$\{([A-Za-z_][A-Za-z0-9_]*)\}(?=[ \t]*(?:[,}\]]|#|\r?$))/gm, (_, pre: string, name: string) => `${pre}"\${${name}}"`);
}

/** Loads the config file, or the embedded defaults when no file is given. */
export function loadConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ResolvedConfig {
  if (!file) return resolveConfig({}, cwd, 'embedded defaults', env);
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('BAD_CONFIG', `${file}: cannot read config file (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = parseYaml(quoteBareEnvRefs(text));
  } catch (err) {
    throw new AppError('BAD_CONFIG', `${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return resolveConfig(data, dirname(path), file, env);
}

/**
 * What signing in to the mailbox needs, checked by the commands that do sign in
 * (start, draft send, doctor) rather than by every command: `case create` or
 * `classify` must not need the IMAP password in the environment.
 */
export function requireMailLogin(config: ResolvedConfig): void {
  const imap = config.mail.source === 'imap' ? config.mail.imap : undefined;
  if (imap && imap.auth?.type !== 'oauth2' && !imap.pass) {
    throw new AppError('BAD_CONFIG', `${config.origin}: mail.imap.pass: required for password login (or set mail.imap.auth.type: oauth2)`);
  }
}

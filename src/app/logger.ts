import pino, { type Logger } from 'pino';

/**
 * Structured logs: one JSON line per event that matters, human-readable on a
 * terminal. Secrets are redacted by key wherever they appear; mail bodies are
 * never passed to the logger in the first place.
 */
export function createLogger(level: string, opts: { pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const pretty = opts.pretty ?? (process.stdout.isTTY === true && !process.env.CI);
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: { paths: ['pass', 'password', 'token', '*.pass', '*.password', '*.token', '*.*.pass', 'authorization', '*.authorization'], censor: '[redacted]' },
  };
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options);
}

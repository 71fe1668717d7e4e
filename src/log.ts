/**
 * The one logger type every module takes (pino's shape; the app passes a pino
 * logger, tests a silent one). Fields first, then the message; an error is
 * logged as `{ err }`, so pino keeps its stack and code, never as its message alone.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

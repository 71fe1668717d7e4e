import type { Msg } from './lib.js'; export const EN: Msg[] = [];

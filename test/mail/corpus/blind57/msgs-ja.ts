// Set bd, all Japanese messages.
import type { Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';

export const JA: Msg[] = [...JA1, ...JA2];

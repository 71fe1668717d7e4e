// Defaults for message definitions of set "by".
import type { Def } from './common.js';

type Req = Pick<Def, 'kind' | 'from' | 'subject' | 'date' | 'note' | 'probe'>;
let seq = 0;
export function mk(lang: 'ja' | 'en', o: Req & Partial<Def>): Def {
  seq += 1;
  return {
    slug: `${lang}${String(seq).padStart(3, '0')}`,
    lang,
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    auth: 'pass',
    enc: lang === 'ja' ? 'utf8qp' : 'utf8qp',
    to: '',
    ...o,
  } as Def;
}

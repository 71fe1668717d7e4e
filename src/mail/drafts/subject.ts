/**
 * `Re:` exactly once. Support's ticket system writes `RE:[CASE …]`, mail
 * clients add `Re:`, `AW:`, `SV:`, `Fwd:`, Japanese ones `返信:`/`転送:` or the
 * full-width `Ｒｅ：`; all leading reply and forward markers go, since the
 * draft answers the case, not a forward. The rest (the case ID above all) is
 * kept as it was.
 */
const PREFIX =
  /^[\s\u3000]*(?:[rｒRＲ][eｅEＥ]|[aａAＡ][wｗWＷ]|[sｓSＳ][vｖVＶ]|[fｆFＦ][wｗWＷ][dｄDＤ]?|返信|転送)[\s\u3000]*(?:[[［(（][0-9０-９]+[\]］)）])?[\s\u3000]*[:：][\s\u3000]*/;

/** The thread's subject without any leading Re:/Fwd: markers, unfolded. */
export function stripReplyPrefixes(subject: string): string {
  let s = subject.replace(/[\r\n]+[ \t]*/g, ' ').trim();
  for (let m = PREFIX.exec(s); m; m = PREFIX.exec(s)) s = s.slice(m[0].length);
  return s.trim();
}

/** The subject of a reply: `Re: ` once before the thread's subject, or `fallback` when that is empty. */
export function replySubject(threadSubject: string, fallback: string): string {
  const base = stripReplyPrefixes(threadSubject);
  return `Re: ${base === '' ? fallback : base}`;
}

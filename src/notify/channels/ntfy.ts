import { createHash } from 'node:crypto';
import type { Channel } from '../notification.js';
import { hostOf, post } from './http.js';

/**
 * HTTP header values are bytes, not Unicode: a Japanese title goes as an RFC
 * 2047 encoded-word, which ntfy decodes (docs.ntfy.sh/publish, "Message title").
 */
export function headerText(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** A publish to an ntfy topic (ntfy.sh or self-hosted): the text as the body, the title and the case page as headers. */
export function ntfyChannel(cfg: { url: string; token?: string }): Channel {
  return {
    key: `ntfy:${createHash('sha256').update(cfg.url).digest('hex').slice(0, 12)}`,
    label: `ntfy ${hostOf(cfg.url)}`,
    deliver: (n) =>
      post(
        cfg.url,
        {
          'Content-Type': 'text/plain; charset=utf-8',
          Title: headerText(n.title),
          Click: n.url,
          Tags: n.event === 'test' ? 'white_check_mark' : 'envelope',
          ...(n.event === 'user_overdue' || n.event === 'mail_source_down' || n.event === 'sign_in_refused' ? { Priority: 'high' } : {}),
          ...(cfg.token ? { Authorization: `Bearer ${cfg.token}` } : {}),
        },
        Buffer.from(n.text, 'utf8'),
      ),
  };
}

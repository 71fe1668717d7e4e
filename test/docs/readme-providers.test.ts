import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### Connecting a real mailbox'), readme.indexOf('#### OAuth2 sign-in'));

describe('the README on connecting a real mailbox (issue 14)', () => {
  it('should have one provider table, saying for each provider which sign-in works today', () => {
    const tables = section.split('\n').filter((l) => /^\| provider \|/.test(l));
    assert.equal(tables.length, 1, tables.join('\n'));
    assert.match(tables[0]!, /\| sign-in that works \|/);
  });

  it('should not tell Outlook users to make an app password, nor give Microsoft mailboxes an authserv-id', () => {
    for (const row of section.split('\n').filter((l) => /^\| (Outlook|Microsoft)/.test(l))) {
      assert.match(row, /OAuth2 only/, row);
      assert.match(row, /trust\.provider: microsoft/, row);
    }
  });
});

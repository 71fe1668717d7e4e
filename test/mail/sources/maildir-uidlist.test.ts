import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deliverySeconds, maildirBase, UidList, UIDLIST_FILE } from '../../../src/mail/sources/maildir-uidlist.js';

describe('Maildir UID list', () => {
  it('should take the base name before the info suffix', () => {
    assert.equal(maildirBase('1700000000.M1P2.host,S=120:2,DS'), '1700000000.M1P2.host,S=120');
    assert.equal(maildirBase('1700000000.M1P2.host'), '1700000000.M1P2.host');
    assert.equal(deliverySeconds('1700000000.M1P2.host'), 1700000000);
    assert.equal(deliverySeconds('weird-name'), null);
  });

  it('should keep numbers across reopen and survive a torn last line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'certmerge-uidlist-'));
    try {
      const a = UidList.open(dir, () => '1');
      a.assign(['x', 'y', 'x']);
      appendFileSync(path.join(dir, UIDLIST_FILE), '3 z-torn');
      const b = UidList.open(dir, () => '99');
      assert.equal(b.uidValidity, '1');
      assert.equal(b.get('x'), 1);
      assert.equal(b.get('y'), 2);
      assert.equal(b.get('z-torn'), undefined);
      b.assign(['w', 'z-torn']);
      assert.equal(b.get('w'), 4);
      const c = UidList.open(dir, () => '99');
      assert.equal(c.get('w'), 4);
      assert.equal(c.get('z-torn'), 5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

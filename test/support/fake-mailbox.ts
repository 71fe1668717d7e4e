import type { DraftFolders } from '../../src/mail/drafts/draft-folders.js';

/** Drafts and Sent folders in memory, keyed by Message-ID. */
export class FakeMailbox implements DraftFolders {
  drafts = new Map<string, Buffer>();
  sent: Buffer[] = [];
  appends = 0;
  async appendDraft(raw: Buffer) {
    this.appends++;
    const id = /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))?.[1] ?? `<n${this.appends}>`;
    this.drafts.set(id, raw);
    return { mailbox: 'Drafts' };
  }
  async deleteDraft(messageId: string) {
    return this.drafts.delete(messageId);
  }
  async listDraftMessageIds() {
    return new Set(this.drafts.keys());
  }
  async removeStaleDraft(messageId: string, raw: Buffer): Promise<'removed' | 'edited' | 'absent'> {
    const stored = this.drafts.get(messageId);
    if (!stored) return 'absent';
    if (!stored.equals(raw)) return 'edited';
    this.drafts.delete(messageId);
    return 'removed';
  }
  async appendSent(raw: Buffer) {
    this.sent.push(raw);
  }
}

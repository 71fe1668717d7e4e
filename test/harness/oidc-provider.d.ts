// oidc-provider ships no type declarations; the harness uses a small part of it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface GrantInstance {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  export interface Interaction {
    uid: string;
    prompt: { name: string };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    AccessToken: { find(token: string): Promise<{ destroy(): Promise<void> } | undefined> };
    Grant: new (o: { accountId: string; clientId: string }) => GrantInstance;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, opts?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    on(event: string, fn: (...args: unknown[]) => void): void;
  }
}

import { Inngest } from "inngest";

/**
 * Domain events travel to Inngest under this prefix. Inngest wildcards only work after a "/"
 * or ".", so the prefix is what lets a "*" function subscribe to every Tillbox event
 * ("tillbox/*") while core names like "plugin.enabled" stay unprefixed in code.
 */
export const INNGEST_EVENT_PREFIX = "tillbox/";

export function toInngestEventName(name: string): string {
  return name === "*" ? `${INNGEST_EVENT_PREFIX}*` : `${INNGEST_EVENT_PREFIX}${name}`;
}

export function fromInngestEventName(name: string): string {
  return name.startsWith(INNGEST_EVENT_PREFIX) ? name.slice(INNGEST_EVENT_PREFIX.length) : name;
}

/**
 * The app's Inngest client. With INNGEST_EVENT_KEY it talks to Inngest Cloud (or the server at
 * INNGEST_BASE_URL); outside production, with only INNGEST_BASE_URL it is in dev mode, which needs
 * no keys, for the Inngest dev server. Production is always cloud mode: dev mode skips the
 * signature check on /api/inngest, so anyone could run the functions.
 */
export function createInngestClient(env: Record<string, string | undefined> = process.env): Inngest {
  const eventKey = env.INNGEST_EVENT_KEY || undefined;
  const baseUrl = env.INNGEST_BASE_URL || undefined;
  const production = env.NODE_ENV === "production";
  return new Inngest({
    id: "tillbox",
    eventKey,
    baseUrl,
    signingKey: env.INNGEST_SIGNING_KEY || undefined,
    // Without a key, cloud mode would refuse to send; an explicit INNGEST_DEV still wins outside production.
    ...(production ? { isDev: false } : eventKey || env.INNGEST_DEV !== undefined ? {} : { isDev: true }),
  });
}

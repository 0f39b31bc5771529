/** Matches subscriptions: "*" (every event), an exact name, or a prefix wildcard like "invoice.*". */
export function matchesEvent(subscriptions: readonly string[], eventName: string): boolean {
  return subscriptions.some((pattern) => {
    if (pattern === "*" || pattern === eventName) return true;
    return pattern.endsWith(".*") && eventName.startsWith(pattern.slice(0, -1));
  });
}

/**
 * Never fanned out: the plugin's own events (a delivery must not trigger another) and the
 * transport's cron ticks ("inngest/scheduled.timer"), which are not domain events.
 */
export function isInternalEvent(eventName: string): boolean {
  return eventName.startsWith("webhooks/") || eventName.startsWith("inngest/");
}

/** A subscription an operator may pick: "*", "entity.*", "<slug>/entity.*" or a full event name. */
export const SUBSCRIPTION_PATTERN = /^(\*|([a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9_]+(?:\.[a-z0-9_]+)*\.(?:[a-z0-9_]+|\*))$/;

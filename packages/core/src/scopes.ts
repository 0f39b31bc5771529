/** Permission scopes of the core; plugins add "<slug>:<action>" scopes through definePlugin. */
export const coreScopes = {
  "plugins:read": "See installed plugins, their state and settings",
  "plugins:manage": "Enable and disable plugins and change their settings",
  "events:read": "See domain events and handler deliveries",
  "events:manage": "Retry failed event deliveries",
  "audit:read": "Read the audit log",
} as const;

export type CoreScope = keyof typeof coreScopes;

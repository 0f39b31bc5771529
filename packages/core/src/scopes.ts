/** Permission scopes of the core; plugins add "<slug>:<action>" scopes through definePlugin. */
export const coreScopes = {
  "plugins:read": "See installed plugins, their state and settings",
  "plugins:manage": "Enable and disable plugins and change their settings",
  "events:read": "See domain events and handler deliveries",
  "events:manage": "Retry failed event deliveries",
  "audit:read": "Read the audit log",
  "users:read": "See user accounts, their roles and status",
  "users:manage": "Edit, suspend and unsuspend users and assign their roles",
  "users:impersonate": "Act as another (less privileged) user, audited, until stopped",
  "roles:read": "See roles and the role × scope matrix",
  "roles:manage": "Create, change and delete roles and edit the role × scope matrix",
  "api-keys:manage": "Create, list and revoke your own API keys for the REST API",
  "mail:read": "Read the dev mailbox: emails captured instead of sent outside production",
  "tenants:read": "See tenants and their routing rules (other tenants: platform tenant only)",
  "tenants:manage": "Create tenants and edit routing rules (platform tenant only)",
} as const;

export type CoreScope = keyof typeof coreScopes;

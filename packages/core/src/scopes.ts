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
  "catalogue:read": "See plans, add-ons, token bundles, currencies, countries and tax rates, including archived ones",
  "catalogue:manage": "Create, change and archive plans, add-ons, token bundles, prices, currencies, countries and tax rates",
  "billing:read": "See every customer's invoices, payments, subscriptions and token ledgers",
  "billing:manage": "Mark invoices paid, void them, change, pause or cancel customers' subscriptions, adjust token balances",
  "billing:refund": "Refund payments (full or partial) and issue credit notes",
  "billing-settings:manage": "Edit company details printed on invoices, invoice numbering, tax behaviour and dunning",
} as const;

export type CoreScope = keyof typeof coreScopes;

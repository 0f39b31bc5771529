# {{name}} plugin (`{{slug}}`)

Written by `pnpm create-plugin {{slug}}`: a working starting point to change into the real feature.

- **Admin:** *{{name}}* in the sidebar (`/plugins/{{slug}}`): the items, and a form to add one.
- **Public page:** `/{{slug}}` (`web/pages/public-page.tsx`, a server component).
- **Permissions:** `{{slug}}:read` (list items), `{{slug}}:manage` (add items).
- **Events:** `create` emits `{{slug}}/item.created` in the item's transaction;
  `functions/item-created.ts` subscribes to it and marks the item processed.
- **Table:** `{{tablePrefix}}_item` (`schema.prisma`, `migrations/0001_{{tablePrefix}}.sql`). To change it,
  edit `schema.prisma`, print the SQL with `tooling/prisma/migration-diff.sh` and add it as the next
  migration (never edit an applied one), then `pnpm compose`.
- **Strings:** `messages/en.json` and `de.json` (same keys), read with `useMessages()`.

## Tests

`pnpm exec vitest run plugins/{{slug}}` (PGlite) or with `DATABASE_URL=postgresql://…` (real server):
create and list, the event and its function through the in-process relay, validation, tenant
isolation, permissions and `PLUGIN_DISABLED`.

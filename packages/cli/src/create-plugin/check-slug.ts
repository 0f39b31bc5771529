import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pluginNames, type PluginNames } from "./plugin-names";

/** A slug that can't become a plugin; the message names the slug and says what to do. */
export class SlugError extends Error {}

/**
 * Kebab-case like the manifest's slug rule, but starting with a letter: the slug becomes
 * TypeScript identifiers and a Prisma model name, and neither may start with a digit.
 */
const SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The longest generated name is "<slug>_item_tenant_id_created_at_idx"; PostgreSQL cuts names at 63 bytes. */
export const MAX_SLUG_LENGTH = 30;

/**
 * Slugs a plugin can't take: the appRouter's core namespaces (a plugin's router is mounted under
 * its camelCased slug beside them) and "sdk" (the package @tillbox/plugin-sdk).
 */
export const RESERVED_SLUGS = ["health", "plugins", "events", "tenants", "roles", "users", "api-keys", "audit", "mail", "auth", "account", "billing", "sdk"];

const COMPOSED_SCHEMA = "packages/db/prisma/schema.generated.prisma";

/** Throws SlugError unless `slug` can become plugins/<slug> in the repository at `root`. */
export function checkSlug(root: string, slug: string | undefined): PluginNames {
  if (!slug) throw new SlugError("Missing plugin slug. Usage: pnpm create-plugin <slug>, e.g. pnpm create-plugin gift-cards");
  const shown = JSON.stringify(slug);
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    const example = suggestion && SLUG_PATTERN.test(suggestion) ? suggestion : "gift-cards";
    throw new SlugError(
      `${shown} is not a valid plugin slug: use kebab-case (lowercase letters, digits and dashes, starting with a letter), e.g. "${example}".`,
    );
  }
  if (slug.length > MAX_SLUG_LENGTH) {
    throw new SlugError(
      `${shown} is too long (${slug.length} characters): at most ${MAX_SLUG_LENGTH}, so its table and index names fit PostgreSQL's 63-character limit.`,
    );
  }
  if (RESERVED_SLUGS.includes(slug)) {
    throw new SlugError(`${shown} is reserved (${slug === "sdk" ? "the package @tillbox/plugin-sdk" : "a core API namespace"}); pick another slug.`);
  }
  if (existsSync(path.join(root, "plugins", slug))) {
    throw new SlugError(`${shown} already exists: plugins/${slug} is there. Pick another slug or remove that folder.`);
  }
  const names = pluginNames(slug);
  const schemaFile = path.join(root, COMPOSED_SCHEMA);
  const schema = existsSync(schemaFile) ? readFileSync(schemaFile, "utf8") : "";
  const model = `${names.PascalName}Item`;
  const table = `${names.tablePrefix}_item`;
  if (new RegExp(`^model ${model}\\s`, "m").test(schema) || schema.includes(`@@map("${table}")`)) {
    throw new SlugError(`${shown} would add the model ${model} (table ${table}), which already exists in ${COMPOSED_SCHEMA}; pick another slug.`);
  }
  return names;
}

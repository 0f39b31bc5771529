import type { AnyTRPCRouter } from "@trpc/server";
import { createCallerFactory, type Actor, type Context } from "@tillbox/trpc";
import type { Db, Prisma } from "@tillbox/db";
import { coreEventCatalogue } from "@tillbox/events";

/** Plugin tests get a real, freshly migrated database (PGlite, or DATABASE_URL's server). */
export { createTestDb, type TestDb } from "@tillbox/db/testing";

export interface TestContextOptions {
  db: Db;
  tenantId?: string;
  /** Scopes granted to the caller; "all" (the default) acts as the dev admin. */
  permissions?: "all" | readonly string[];
  /** Plugin runtime switch as procedures see it; a function lets a test flip it mid-way. */
  enabled?: boolean | ((slug: string) => boolean | Promise<boolean>);
  headers?: Headers;
  /** The composed catalogue as the host passes it; defaults to the core events. */
  eventCatalogue?: Context["eventCatalogue"];
}

/** A request context like the host builds, without HTTP or sessions. */
export function createTestContext(options: TestContextOptions): Context {
  const permissions = options.permissions ?? "all";
  // A caller holding exactly these scopes, signed in as nobody ("signed-in" procedures refuse it).
  // Not "anonymous": a visitor holds nothing and is told to sign in (UNAUTHORIZED) before any scope is looked at.
  const actor: Actor =
    permissions === "all" ? { kind: "system", id: null, permissions: "all" } : { kind: "system", id: null, permissions: new Set(permissions) };
  const enabled = options.enabled ?? true;
  return {
    db: options.db,
    tenantId: options.tenantId ?? "default",
    actor,
    headers: options.headers ?? new Headers(),
    plugins: { isEnabled: async (slug) => (typeof enabled === "function" ? enabled(slug) : enabled) },
    eventCatalogue: options.eventCatalogue ?? coreEventCatalogue.map(({ name, description }) => ({ name, description })),
  };
}

/** A server-side caller of `router` (e.g. a plugin's own router) with `context`. */
export function createTestCaller<TRouter extends AnyTRPCRouter>(router: TRouter, context: Context) {
  const factory = createCallerFactory(router as Parameters<typeof createCallerFactory>[0]) as unknown as (ctx: Context) => ReturnType<TRouter["createCaller"]>;
  return factory(context);
}

/** Writes the plugin_state row the host keeps, so functions see the plugin as enabled or disabled. */
export async function setPluginState(db: Db, slug: string, enabled: boolean, settings: Record<string, unknown> = {}): Promise<void> {
  const status = enabled ? "enabled" : "disabled";
  const json = settings as Prisma.InputJsonObject;
  await db.pluginState.upsert({
    where: { slug },
    create: { slug, version: "0.0.0-test", status, settings: json },
    update: { status, settings: json },
  });
}

/** The in-process event relay, for tests that emit an event and run subscribed functions end to end. */
export { createRelay, type RegisteredFunction } from "@tillbox/events";

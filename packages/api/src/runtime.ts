import { getEnv, usesInngest } from "@tillbox/config";
import { getDb, type Db } from "@tillbox/db";
import { createInngestClient, createRelay, inngestServeHandlers, type Relay, type RegisteredFunction } from "@tillbox/events";
import { pluginFunctions } from "./generated/functions.generated";
import {
  createPaymentRecoveryFunction,
  createReceiptFunctions,
  createSubscriptionFunctions,
  ensureBuiltinRoles,
  pruneIdempotencyKeysFunction,
  walletFunctions,
} from "@tillbox/core";
import { allScopes } from "./access";
import { pluginServiceFor } from "./plugin-runtime";
import { subscriptionDepsFor } from "./subscription-deps";

/**
 * Core's own functions: scheduled (billing renewals, dunning, trial reminders, payment recovery,
 * grant expiry, idempotency-key pruning) and on billing events (receipts). They carry no `plugin`,
 * so they always run; only plugin functions skip while their plugin is disabled.
 */
export const coreFunctions: readonly RegisteredFunction[] = [
  ...createSubscriptionFunctions(subscriptionDepsFor),
  ...createReceiptFunctions(subscriptionDepsFor),
  createPaymentRecoveryFunction(async (db) => (await subscriptionDepsFor(db)).payments),
  ...walletFunctions.map((fn) => ({ fn })),
  { fn: pruneIdempotencyKeysFunction },
];

export const registeredFunctions: readonly RegisteredFunction[] = [...coreFunctions, ...(pluginFunctions as readonly RegisteredFunction[])];

const runtime = globalThis as unknown as { tillboxRelay?: Relay; tillboxBoot?: Promise<unknown> };

/** Syncs installed plugins into the state table and creates missing built-in roles; once per process, safe in several processes. */
export function bootPlugins(db: Db = getDb()): Promise<unknown> {
  const tenantId = getEnv().TILLBOX_DEFAULT_TENANT;
  runtime.tillboxBoot ??= pluginServiceFor(db)
    .boot({ tenantId, actorId: null })
    // After the plugin sync, so the roles are created with every installed plugin's scopes.
    .then(() => ensureBuiltinRoles(db, tenantId, allScopes()))
    .catch((error: unknown) => {
      runtime.tillboxBoot = undefined;
      console.error("Plugin sync failed:", error instanceof Error ? error.message : error);
    });
  return runtime.tillboxBoot;
}

export function createAppRelay(db: Db): Relay {
  return createRelay({
    db,
    functions: registeredFunctions,
    isPluginEnabled: (slug) => pluginServiceFor(db).isEnabled(slug),
    inngest: usesInngest() ? createInngestClient() : undefined,
  });
}

/**
 * Starts the outbox relay in this process (apps/web calls it at boot). The in-process
 * transport is for one process: run the relay in exactly one app.
 */
export function startEventRelay(): Relay | undefined {
  const env = getEnv();
  if (env.TILLBOX_RELAY === "off") return undefined;
  if (!runtime.tillboxRelay) {
    runtime.tillboxRelay = createAppRelay(getDb());
    runtime.tillboxRelay.start(env.TILLBOX_RELAY_INTERVAL_MS);
  }
  return runtime.tillboxRelay;
}

let serveHandlers: ReturnType<typeof inngestServeHandlers> | undefined;

/** GET/POST/PUT for apps/web's /api/inngest, built on first use. */
export const inngestRouteHandlers = {
  GET: (request: Request, context: unknown) => handlers().GET(request as never, context as never),
  POST: (request: Request, context: unknown) => handlers().POST(request as never, context as never),
  PUT: (request: Request, context: unknown) => handlers().PUT(request as never, context as never),
};

function handlers() {
  serveHandlers ??= inngestServeHandlers({
    functions: registeredFunctions,
    isPluginEnabled: (slug) => pluginServiceFor(getDb()).isEnabled(slug),
    getDb,
  });
  return serveHandlers;
}

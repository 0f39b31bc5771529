import { getEnv, isProduction } from "@tillbox/config";
import { getDb, type Db } from "@tillbox/db";
import type { Actor, Context, PluginGate } from "@tillbox/trpc";
import { allEventNames } from "./event-catalogue";
import { pluginServiceFor } from "./plugin-runtime";

const devAdmin: Actor = { kind: "dev-admin", id: null, permissions: "all" };
const anonymous: Actor = { kind: "anonymous", id: null, permissions: new Set() };

/**
 * Until identity lands, every request outside production acts as the dev admin; in
 * production nobody holds a scope, so privileged procedures refuse (fail closed).
 */
export function requestActor(): Actor {
  return isProduction() ? anonymous : devAdmin;
}

/** Plugin states are read once per request, so one request sees one consistent answer. */
function requestPluginGate(db: Db): PluginGate {
  let enabled: Promise<Set<string>> | undefined;
  return {
    isEnabled: async (slug) => {
      enabled ??= pluginServiceFor(db).enabledSlugs().then((slugs) => new Set(slugs));
      return (await enabled).has(slug);
    },
  };
}

export function createContext(options: { headers: Headers; db?: Db; actor?: Actor }): Context {
  const db = options.db ?? getDb();
  return {
    db,
    tenantId: getEnv().TILLBOX_DEFAULT_TENANT,
    actor: options.actor ?? requestActor(),
    headers: options.headers,
    plugins: requestPluginGate(db),
    eventCatalogue: allEventNames(),
  };
}

/** For the audit log: who and from where. */
export function originOf(context: Context) {
  return {
    tenantId: context.tenantId,
    actorId: context.actor.id,
    ip: context.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: context.headers.get("user-agent"),
  };
}

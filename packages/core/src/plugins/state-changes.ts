import type { Db } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import type { PluginRegistry } from "./registry";
import { readSettings } from "./settings";
import type { ChangeOrigin, PluginStatus } from "./types";

async function statusOf(db: Db, slug: string): Promise<PluginStatus | undefined> {
  return (await db.pluginState.findUnique({ where: { slug } }))?.status;
}

/**
 * Enables a plugin after its dependencies; runs its onEnable hook first. A hook that throws
 * leaves the plugin in `error` with the message (the app keeps running) and is reported as
 * PLUGIN_ENABLE_FAILED. A payment provider that refuses this environment (refuseEnable, e.g. the
 * sandbox in production) is not enabled either: `error` with its reason, PLUGIN_ENABLE_REFUSED.
 */
export async function enablePlugin(db: Db, registry: PluginRegistry, slug: string, origin: ChangeOrigin): Promise<void> {
  const plugin = registry.get(slug);
  for (const dependency of registry.dependenciesOf(slug)) {
    if ((await statusOf(db, dependency)) !== "enabled") {
      throw new DomainError(
        "PLUGIN_DEPENDENCY_DISABLED",
        `Cannot enable "${slug}": it depends on "${dependency}", which is not enabled. Enable "${dependency}" first.`,
        "PRECONDITION_FAILED",
      );
    }
  }
  const row = await db.pluginState.findUnique({ where: { slug } });
  if (row?.status === "enabled") return;
  const refusal = plugin.paymentProvider?.refuseEnable?.({ nodeEnv: process.env.NODE_ENV ?? "development" }) ?? null;
  if (refusal) {
    await commitStatus(db, slug, "error", refusal, origin, "plugin.enable");
    throw new DomainError("PLUGIN_ENABLE_REFUSED", `Cannot enable "${slug}": ${refusal}`, "PRECONDITION_FAILED");
  }
  const hookError = await runHook(db, slug, plugin.hooks?.onEnable, readSettings(plugin, row?.settings));
  await commitStatus(db, slug, hookError ? "error" : "enabled", hookError, origin, "plugin.enable");
  if (hookError) {
    throw new DomainError("PLUGIN_ENABLE_FAILED", `Plugin "${slug}" failed to enable: ${hookError}`, "CONFLICT");
  }
}

/** Disables a plugin unless an enabled plugin depends on it. Its data stays. */
export async function disablePlugin(db: Db, registry: PluginRegistry, slug: string, origin: ChangeOrigin): Promise<void> {
  const plugin = registry.get(slug);
  for (const dependent of registry.dependentsOf(slug)) {
    if ((await statusOf(db, dependent)) === "enabled") {
      throw new DomainError(
        "PLUGIN_REQUIRED_BY_ENABLED",
        `Cannot disable "${slug}": "${dependent}" depends on it and is enabled. Disable "${dependent}" first.`,
        "PRECONDITION_FAILED",
      );
    }
  }
  const row = await db.pluginState.findUnique({ where: { slug } });
  if (row?.status === "disabled") return;
  const hookError = await runHook(db, slug, plugin.hooks?.onDisable, readSettings(plugin, row?.settings));
  // A failing disable hook still disables: refusing would keep a broken plugin running.
  await commitStatus(db, slug, "disabled", hookError, origin, "plugin.disable");
}

type Hook = ((context: { db: Db; slug: string; settings: Record<string, unknown> }) => Promise<void> | void) | undefined;

async function runHook(db: Db, slug: string, hook: Hook, settings: Record<string, unknown>): Promise<string | null> {
  if (!hook) return null;
  try {
    await hook({ db, slug, settings });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The state row, its domain event and the audit entry commit together. */
async function commitStatus(db: Db, slug: string, status: PluginStatus, error: string | null, origin: ChangeOrigin, action: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.pluginState.update({ where: { slug }, data: { status, error } });
    if (status === "enabled") await emit(tx, coreEvents.pluginEnabled, { slug }, { tenantId: origin.tenantId });
    if (status === "disabled") await emit(tx, coreEvents.pluginDisabled, { slug }, { tenantId: origin.tenantId });
    if (status === "error") await emit(tx, coreEvents.pluginFailed, { slug, error: error ?? "" }, { tenantId: origin.tenantId });
    await recordAudit(tx, {
      tenantId: origin.tenantId,
      actorId: origin.actorId,
      action,
      targetType: "plugin",
      targetId: slug,
      data: { status, error },
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
  });
}

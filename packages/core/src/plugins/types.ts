import type { z } from "zod";
import type { Db } from "@tillbox/db";
import type { LineItemHandler } from "../billing/checkout/line-items";
import type { PaymentProviderRegistration } from "../billing/payments/provider-contract";
import type { AnySellable } from "../billing/sellables/sellable";

/** The slice of a plugin manifest the runtime needs (definePlugin's output satisfies it). */
export interface InstalledPlugin {
  slug: string;
  name: string;
  version: string;
  description: string;
  dependsOn?: readonly string[];
  permissions?: Readonly<Record<string, string>>;
  settings?: z.ZodObject;
  /** Idempotent demo data for `pnpm db:seed`. */
  seed?(context: { db: Db; tenantId: string }): Promise<void> | void;
  paymentProvider?: PaymentProviderRegistration;
  lineItemHandlers?: readonly LineItemHandler[];
  /** What the plugin sells (kinds "<slug>:<name>"); registered with billing's registry. */
  sellables?: readonly AnySellable[];
  hooks?: {
    onEnable?(context: { db: Db; slug: string; settings: Record<string, unknown> }): Promise<void> | void;
    onDisable?(context: { db: Db; slug: string; settings: Record<string, unknown> }): Promise<void> | void;
  };
}

export type PluginStatus = "discovered" | "initialized" | "enabled" | "disabled" | "error";

/** Who asked for a change, for the audit log. */
export interface ChangeOrigin {
  tenantId: string;
  actorId: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface PluginView {
  slug: string;
  name: string;
  version: string;
  description: string;
  installed: boolean;
  status: PluginStatus;
  error: string | null;
  dependsOn: string[];
  /** Installed plugins that depend on this one. */
  dependents: string[];
  permissions: Record<string, string>;
  settings: Record<string, unknown>;
  /** JSON Schema of the settings, for the generated admin form; null when the plugin has none. */
  settingsSchema: Record<string, unknown> | null;
  updatedAt: Date | null;
}

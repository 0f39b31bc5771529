import { z } from "zod";
import type { EventDefinition } from "@tillbox/events";
import type { Db } from "@tillbox/db";
import type { AnySellable, LineItemHandler, PaymentProviderRegistration } from "@tillbox/core";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Plugin scopes are namespaced by the plugin: "<slug>:<action>". */
const SCOPE_PATTERN = /^[a-z0-9-]+:[a-z0-9-.]+$/;

export interface PluginHookContext {
  db: Db;
  slug: string;
  settings: Record<string, unknown>;
}

export interface PluginDefinition<TSettings extends z.ZodObject = z.ZodObject> {
  slug: string;
  name: string;
  version: string;
  description: string;
  dependsOn?: string[];
  /** Scopes this plugin declares, with a human description: { "webhooks:manage": "…" }. */
  permissions?: Record<string, string>;
  /** Validated on every write; the admin form is generated from it. Never holds secrets. */
  settings?: TSettings;
  events?: {
    emits?: EventDefinition[];
    /** Event names (or "*" for every event) this plugin's functions react to. */
    subscribes?: string[];
  };
  /** Idempotent demo data, run by `pnpm db:seed` while the plugin is enabled. Use upserts. */
  seed?(context: { db: Db; tenantId: string }): Promise<void> | void;
  /** A payment provider (payments-* plugins): checkout and renewals reach it only through this contract. */
  paymentProvider?: PaymentProviderRegistration;
  /** Checkout line-item handlers (discounts, shipping, …), pure functions run in `order` with core's. */
  lineItemHandlers?: LineItemHandler[];
  /**
   * What the plugin sells (defineSellable): kinds "<slug>:<name>", each with its cart item schema,
   * load, price, reserve/release, fulfil (inside the paid-invoice transaction) and reverse on refund.
   */
  sellables?: AnySellable[];
  hooks?: {
    onEnable?(context: PluginHookContext): Promise<void> | void;
    onDisable?(context: PluginHookContext): Promise<void> | void;
  };
}

const isFunction = z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", "must be a function");

const optionalFunction = isFunction.optional();

/** A sellable's shape; its kind's "<slug>:" prefix is checked against the manifest's slug below. */
const sellableSchema = z.object({
  kind: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must look like "<slug>:<name>"'),
  plugin: z.string().nullable().optional(),
  item: z.custom<z.ZodType>((value) => value instanceof z.ZodType, "must be a zod schema of the cart item"),
  lineKinds: z.array(z.string().min(1)).optional(),
  releaseOn: z.array(z.enum(["payment_failed", "invoice_void"])).optional(),
  price: isFunction,
  fulfil: isFunction,
  load: optionalFunction,
  check: optionalFunction,
  tokensCredited: optionalFunction,
  startsTrial: optionalFunction,
  reserve: optionalFunction,
  release: optionalFunction,
  reverse: optionalFunction,
  refunded: optionalFunction,
  refundFailed: optionalFunction,
});

/** What compose validates; the error paths name the manifest field. */
export const pluginManifestSchema = z
  .object({
    slug: z.string().regex(SLUG_PATTERN, "must be kebab-case (a-z, 0-9, dashes)"),
    name: z.string().min(1).max(80),
    version: z.string().regex(SEMVER_PATTERN, "must be semver, e.g. 1.0.0"),
    description: z.string().min(1).max(500),
    dependsOn: z.array(z.string().regex(SLUG_PATTERN, "must be a plugin slug")).default([]),
    permissions: z
      .record(z.string().regex(SCOPE_PATTERN, 'must look like "<slug>:<action>"'), z.string().min(1))
      .default({}),
    settings: z.custom<z.ZodObject>((value) => value instanceof z.ZodObject, "must be a zod object schema").optional(),
    events: z
      .object({
        emits: z
          .array(z.object({ name: z.string(), schema: z.custom<z.ZodType>((v) => v instanceof z.ZodType), description: z.string() }))
          .default([]),
        subscribes: z.array(z.string()).default([]),
      })
      .default({ emits: [], subscribes: [] }),
    seed: isFunction.optional(),
    paymentProvider: z
      .object({ key: z.string().regex(SLUG_PATTERN, "must be kebab-case"), create: isFunction, refuseEnable: isFunction.optional() })
      .optional(),
    lineItemHandlers: z
      .array(z.object({ id: z.string().min(1), order: z.number().int().min(101).max(899), apply: isFunction }))
      .default([]),
    sellables: z.array(sellableSchema).default([]),
    hooks: z
      .object({ onEnable: isFunction.optional(), onDisable: isFunction.optional() })
      .default({}),
  })
  .strict()
  .superRefine((manifest, context) => {
    for (const scope of Object.keys(manifest.permissions)) {
      if (!scope.startsWith(`${manifest.slug}:`)) {
        context.addIssue({ code: "custom", path: ["permissions", scope], message: `must start with "${manifest.slug}:"` });
      }
    }
    manifest.sellables.forEach((sellable, index) => {
      if (!sellable.kind.startsWith(`${manifest.slug}:`)) {
        context.addIssue({ code: "custom", path: ["sellables", index, "kind"], message: `must start with "${manifest.slug}:"` });
      }
    });
    manifest.events.emits.forEach((event, index) => {
      if (!event.name.startsWith(`${manifest.slug}/`)) {
        context.addIssue({ code: "custom", path: ["events", "emits", index, "name"], message: `must start with "${manifest.slug}/"` });
      }
    });
  });

export type PluginManifest = z.output<typeof pluginManifestSchema>;

/** Declares a plugin. Returns the definition unchanged so its types stay exact. */
export function definePlugin<const T extends PluginDefinition>(definition: T): T {
  return definition;
}

import { z } from "zod";
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

type Hook = (context: PluginHookContext) => Promise<void> | void;

/** A function field; `T` gives it the signature plugin authors write against (zod checks only that it is a function). */
const fn = <T extends (...args: never[]) => unknown>() => z.custom<T>((value) => typeof value === "function", "must be a function");

type SellableHook<K extends keyof AnySellable> = NonNullable<AnySellable[K]>;

/**
 * What a plugin sells (defineSellable gives each its exact item type): kinds "<slug>:<name>", each
 * with its cart item schema, load, price, reserve/release, fulfil (inside the paid-invoice
 * transaction) and reverse on refund. The "<slug>:" prefix is checked against the manifest below.
 */
const sellableSchema = z
  .object({
    kind: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must look like "<slug>:<name>"'),
    plugin: z.string().nullable().optional(),
    item: z.custom<AnySellable["item"]>((value) => value instanceof z.ZodType, "must be a zod schema of the cart item"),
    lineKinds: z.array(z.string().min(1)).readonly().optional(),
    releaseOn: z
      .array(z.enum(["payment_failed", "invoice_void"]))
      .readonly()
      .optional(),
    price: fn<SellableHook<"price">>(),
    fulfil: fn<SellableHook<"fulfil">>(),
    load: fn<SellableHook<"load">>().optional(),
    check: fn<SellableHook<"check">>().optional(),
    tokensCredited: fn<SellableHook<"tokensCredited">>().optional(),
    startsTrial: fn<SellableHook<"startsTrial">>().optional(),
    reserve: fn<SellableHook<"reserve">>().optional(),
    release: fn<SellableHook<"release">>().optional(),
    reverse: fn<SellableHook<"reverse">>().optional(),
    refunded: fn<SellableHook<"refunded">>().optional(),
    refundFailed: fn<SellableHook<"refundFailed">>().optional(),
  })
  .strict();

/**
 * The manifest: what compose validates and, through z.input, the type `definePlugin` accepts.
 * Every object is strict, so a misspelt or unknown key is an error naming it, not silently dropped.
 */
export const pluginManifestSchema = z
  .object({
    slug: z.string().regex(SLUG_PATTERN, "must be kebab-case (a-z, 0-9, dashes)"),
    name: z.string().min(1).max(80),
    version: z.string().regex(SEMVER_PATTERN, "must be semver, e.g. 1.0.0"),
    description: z.string().min(1).max(500),
    dependsOn: z.array(z.string().regex(SLUG_PATTERN, "must be a plugin slug")).default([]),
    /** Scopes this plugin declares, with a human description: { "webhooks:manage": "…" }. */
    permissions: z.record(z.string().regex(SCOPE_PATTERN, 'must look like "<slug>:<action>"'), z.string().min(1)).default({}),
    /** Validated on every write; the admin form is generated from it. Never holds secrets. */
    settings: z.custom<z.ZodObject>((value) => value instanceof z.ZodObject, "must be a zod object schema").optional(),
    events: z
      .object({
        emits: z
          .array(z.object({ name: z.string(), schema: z.custom<z.ZodType>((v) => v instanceof z.ZodType), description: z.string() }).strict())
          .default([]),
        /** Event names (or "*" for every event) this plugin's functions react to. */
        subscribes: z.array(z.string()).default([]),
      })
      .strict()
      .default({ emits: [], subscribes: [] }),
    /** Idempotent demo data, run by `pnpm db:seed` while the plugin is enabled. Use upserts. */
    seed: fn<(context: { db: Db; tenantId: string }) => Promise<void> | void>().optional(),
    /** A payment provider (payments-* plugins): checkout and renewals reach it only through this contract. */
    paymentProvider: z
      .object({
        key: z.string().regex(SLUG_PATTERN, "must be kebab-case"),
        create: fn<PaymentProviderRegistration["create"]>(),
        refuseEnable: fn<NonNullable<PaymentProviderRegistration["refuseEnable"]>>().optional(),
        unavailableReason: fn<NonNullable<PaymentProviderRegistration["unavailableReason"]>>().optional(),
      })
      .strict()
      .optional(),
    /** Checkout line-item handlers (discounts, shipping, …), pure functions run in `order` with core's. */
    lineItemHandlers: z
      .array(z.object({ id: z.string().min(1), order: z.number().int().min(101).max(899), apply: fn<LineItemHandler["apply"]>() }).strict())
      .default([]),
    sellables: z.array(sellableSchema).default([]),
    hooks: z.object({ onEnable: fn<Hook>().optional(), onDisable: fn<Hook>().optional() }).strict().default({}),
  })
  .strict()
  .superRefine((manifest, context) => {
    for (const scope of Object.keys(manifest.permissions)) {
      if (!scope.startsWith(`${manifest.slug}:`)) {
        context.addIssue({ code: "custom", path: ["permissions", scope], message: `must start with "${manifest.slug}:"` });
      }
    }
    manifest.events.emits.forEach((event, index) => {
      if (!event.name.startsWith(`${manifest.slug}/`)) {
        context.addIssue({ code: "custom", path: ["events", "emits", index, "name"], message: `must start with "${manifest.slug}/"` });
      }
    });
    manifest.sellables.forEach((sellable, index) => {
      if (!sellable.kind.startsWith(`${manifest.slug}:`)) {
        context.addIssue({ code: "custom", path: ["sellables", index, "kind"], message: `must start with "${manifest.slug}:"` });
      }
    });
  });

/** What a plugin.ts default-exports (defaults not yet applied). */
export type PluginDefinition = z.input<typeof pluginManifestSchema>;
/** A validated manifest, defaults applied. */
export type PluginManifest = z.output<typeof pluginManifestSchema>;

// The provider and line-item entries have exactly the members of core's contracts, with their types:
// a member added on one side only fails typecheck here, instead of compose rejecting it as unknown.
type ProviderEntry = NonNullable<PluginDefinition["paymentProvider"]>;
type HandlerEntry = NonNullable<PluginDefinition["lineItemHandlers"]>[number];
type SellableEntry = NonNullable<PluginDefinition["sellables"]>[number];
type Same<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? (A extends B ? true : false) : false;
const contractsMatch: [Same<ProviderEntry, PaymentProviderRegistration>, Same<HandlerEntry, LineItemHandler>, Same<SellableEntry, AnySellable>] extends [
  true,
  true,
  true,
]
  ? true
  : never = true;
void contractsMatch;

/** Declares a plugin. Returns the definition unchanged so its types stay exact. */
export function definePlugin<const T extends PluginDefinition>(definition: T): T {
  return definition;
}

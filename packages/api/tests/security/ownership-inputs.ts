import type { z } from "zod";
import { cartItemSchema, sellableRegistry } from "@tillbox/core";
import { idLikeKey } from "../cross-tenant-helpers";

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Fields naming the shop's catalogue (anyone may name any plan), not a row some customer owns. */
export const CATALOGUE_FIELDS = new Set(["planId", "toPlanId", "addOnId", "bundleId"]);

/** What an id-like field is filled with, and the values that get other fields past their checks. */
export interface Fill {
  id(key: string): string;
  field(key: string): unknown;
}

/**
 * Valid inputs for a zod (v4) schema, at least one per option of every union and per sellable of
 * a cart item (so a cart's add-on item, which may name a subscription, gets its own input). Optional fields are left out unless
 * id-like, so each input reaches the lookup of the ids it names.
 */
export function inputVariants(schema: unknown, fill: Fill, key = ""): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
      return idLikeKey(key) ? inputVariants(def.innerType, fill, key) : [undefined];
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return inputVariants(def.innerType, fill, key);
    case "pipe":
      // A cart item is checked by the sellable its kind names: try every registered sellable's item.
      if (schema === cartItemSchema) return sellableRegistry.all().flatMap((sellable) => inputVariants(sellable.item, fill, key));
      return inputVariants(def.in, fill, key);
    case "object": {
      const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(([name, field]) => [name, inputVariants(field, fill, name)] as const);
      const count = Math.max(1, ...fields.map(([, variants]) => variants.length));
      // Field by field in step, the last variant repeated: every variant of every field appears once.
      return Array.from({ length: count }, (_, index) =>
        Object.fromEntries(fields.map(([name, variants]) => [name, variants[Math.min(index, variants.length - 1)]]).filter(([, value]) => value !== undefined)),
      );
    }
    case "array":
      return inputVariants(def.element, fill, key).map((element) => [element]);
    case "union":
      return (def.options as unknown[]).flatMap((option) => inputVariants(option, fill, key));
    case "enum":
      return [Object.values(def.entries as Record<string, string>)[0]];
    case "literal":
      return [(def.values as unknown[])[0]];
    case "string":
      return [idLikeKey(key) ? fill.id(key) : (fill.field(key) ?? "sample")];
    default:
      return [fill.field(key) ?? scalarOf(def.type)];
  }
}

function scalarOf(type: string): unknown {
  if (type === "number" || type === "int") return 1;
  if (type === "boolean") return false;
  if (type === "date") return new Date();
  return {};
}

/** The id-like field names anywhere in a value (nested objects and arrays too). */
export function idFieldsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idFieldsOf);
  if (!value || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([name, field]) => [...(idLikeKey(name) && typeof field === "string" ? [name] : []), ...idFieldsOf(field)]);
}

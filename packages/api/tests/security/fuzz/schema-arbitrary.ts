import fc from "fast-check";
import { idLikeKey } from "../../cross-tenant-helpers";

export type JsonSchema = Record<string, unknown>;

/** Real values to mix into generated ones, so some calls get past "not found" into the handlers. */
export interface Pools {
  /** Ids of existing rows (plans, invoices, users…): what an id-like field is given half of the time. */
  ids: readonly string[];
  /** Plugin, plan and tenant slugs. */
  slugs: readonly string[];
}

const MAX_DEPTH = 6;
const clampInt = (value: number) => Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, value));
const urls = ["https://receiver.example/hook", "http://localhost:1/hook", "ftp://files.example/x", "not a url"];

/**
 * Values for a JSON Schema as z.toJSONSchema writes it (what packages/api/src/rest/schema.ts
 * derives from each procedure's zod input): inputs the schema accepts, most of the time, with
 * field-name hints (currency, provider, slug, ids) that make more of them meaningful.
 */
export function arbitraryOf(root: JsonSchema | null, pools: Pools): fc.Arbitrary<unknown> {
  if (!root) return fc.constant(undefined);
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;

  const build = (schema: JsonSchema, key: string, depth: number): fc.Arbitrary<unknown> => {
    if (depth > MAX_DEPTH) return fc.constant(null);
    if (typeof schema.$ref === "string") {
      const target = schema.$ref === "#" ? root : defs[schema.$ref.replace(/^#\/\$defs\//, "")];
      return target ? build(target, key, depth + 1) : fc.jsonValue({ maxDepth: 1 });
    }
    if ("const" in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    for (const union of ["anyOf", "oneOf"]) {
      if (Array.isArray(schema[union])) return fc.oneof(...(schema[union] as JsonSchema[]).map((option) => build(option, key, depth + 1)));
    }
    if (Array.isArray(schema.allOf)) return build(mergeAll(schema.allOf as JsonSchema[]), key, depth + 1);
    if (Array.isArray(schema.type)) return fc.oneof(...(schema.type as string[]).map((type) => build({ ...schema, type }, key, depth)));
    switch (schema.type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
        return integerOf(schema);
      case "number":
        return numberOf(schema);
      case "string":
        return stringOf(schema, key, pools);
      case "array":
        return arrayOf(schema, (items) => build(items, key, depth + 1));
      case "object":
        return objectOf(schema, (property, name) => build(property, name, depth + 1));
      default:
        // {} ("any": records, settings, metadata): any JSON.
        return fc.jsonValue({ maxDepth: 2 });
    }
  };
  return build(root, "", 0);
}

function mergeAll(parts: JsonSchema[]): JsonSchema {
  const properties = Object.assign({}, ...parts.map((part) => (part.properties ?? {}) as object));
  const required = parts.flatMap((part) => (part.required ?? []) as string[]);
  return { type: "object", properties, required };
}

function integerOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = clampInt(typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : ((schema.minimum as number | undefined) ?? -1000));
  const max = clampInt(typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum - 1 : ((schema.maximum as number | undefined) ?? 100_000));
  return max < min ? fc.constant(min) : fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
}

function numberOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = typeof schema.minimum === "number" ? schema.minimum : -1e6;
  const max = typeof schema.maximum === "number" ? schema.maximum : 1e6;
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function stringOf(schema: JsonSchema, key: string, pools: Pools): fc.Arbitrary<string> {
  const format = schema.format as string | undefined;
  if (format === "uuid" || (idLikeKey(key) && key !== "slug")) return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid());
  if (format === "date-time")
    return fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((date) => date.toISOString());
  if (format === "email" || /email/i.test(key)) return fc.oneof(fc.emailAddress(), fc.constant("not-an-email"));
  if (/url/i.test(key) || format === "uri") return fc.constantFrom(...urls);
  if (/currency/i.test(key)) return fc.constantFrom("EUR", "USD", "JPY", "XXX");
  if (key === "provider") return fc.constantFrom("sandbox", "manual", "stripe", "paypal", "nope");
  if (/slug/i.test(key)) return fc.oneof(fc.constantFrom(...pools.slugs), fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/));
  if (typeof schema.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      // A pattern JavaScript can't compile: plain strings below.
    }
  }
  const minLength = (schema.minLength as number | undefined) ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min((schema.maxLength as number | undefined) ?? 30, 40)) });
}

function arrayOf(schema: JsonSchema, items: (schema: JsonSchema) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  if (Array.isArray(schema.prefixItems)) return fc.tuple(...(schema.prefixItems as JsonSchema[]).map(items));
  const minLength = (schema.minItems as number | undefined) ?? 0;
  const maxLength = Math.max(minLength, Math.min((schema.maxItems as number | undefined) ?? 3, 3));
  return fc.array(items((schema.items ?? {}) as JsonSchema), { minLength, maxLength });
}

function objectOf(schema: JsonSchema, property: (schema: JsonSchema, name: string) => fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  if (Object.keys(properties).length === 0 && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    const values = property(schema.additionalProperties as JsonSchema, "");
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 3 });
  }
  const model = Object.fromEntries(Object.entries(properties).map(([name, field]) => [name, property(field, name)]));
  return fc.record(model, { requiredKeys: ((schema.required ?? []) as string[]).filter((name) => name in model) }) as fc.Arbitrary<Record<string, unknown>>;
}

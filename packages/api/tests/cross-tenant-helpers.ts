import type { z } from "zod";

/** Input fields that name a row: `id`, `userId`, `deliveryId`, `tenantId`, plugin `slug`… (`vatId` is a tax number, not a row). */
export const idLikeKey = (key: string) => key === "id" || key === "slug" || (/Id$/.test(key) && key !== "vatId");

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** One of A's rows as an id-like field sees it: uuid-ish ids, or a slug for `slug` fields. */
export interface Candidate {
  id: string;
  slug: string;
}

/**
 * A valid-looking input for a zod (v4) schema, with every id-like field set from `candidate`.
 * Optional fields are left out unless id-like, so the call reaches the id lookup.
 */
export function sampleInput(schema: z.ZodType, candidate: Candidate, key = ""): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
      return idLikeKey(key) ? sampleInput(def.innerType as z.ZodType, candidate, key) : undefined;
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return sampleInput(def.innerType as z.ZodType, candidate, key);
    case "pipe":
      return sampleInput(def.in as z.ZodType, candidate, key);
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.entries(shape).map(([name, field]) => [name, sampleInput(field, candidate, name)] as const);
      return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
    }
    case "array":
      return [sampleInput(def.element as z.ZodType, candidate, key)];
    case "enum":
      return Object.values(def.entries as Record<string, string>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "union":
      return sampleInput((def.options as z.ZodType[])[0]!, candidate, key);
    case "number":
    case "int":
      return 1;
    case "boolean":
      return false;
    case "date":
      return new Date();
    case "record":
    case "unknown":
    case "any":
      return {};
    case "string":
      if (idLikeKey(key)) return key === "slug" ? candidate.slug : candidate.id;
      if (/url/i.test(key)) return "https://receiver.example/hook";
      if (/email/i.test(key)) return "someone@example.test";
      return "sample";
    default:
      return undefined;
  }
}

/** True when some id-like field appears anywhere in the schema (nested objects and arrays too). */
export function takesId(schema: z.ZodType | undefined, key = ""): boolean {
  if (!schema) return false;
  const def = defOf(schema);
  if (def.type === "object") return Object.entries(def.shape as Record<string, z.ZodType>).some(([name, field]) => takesId(field, name));
  if (["optional", "nullable", "default", "prefault", "readonly", "catch"].includes(def.type)) return takesId(def.innerType as z.ZodType, key);
  if (def.type === "pipe") return takesId(def.in as z.ZodType, key);
  if (def.type === "array") return takesId(def.element as z.ZodType, key);
  return def.type === "string" && idLikeKey(key);
}

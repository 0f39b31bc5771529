import { z } from "zod";
import type { JsonSchema } from "./types";

const isZod = (value: unknown): value is z.ZodType => typeof value === "object" && value !== null && "_zod" in value;

/**
 * JSON Schema of a procedure's input or output, from zod 4's own converter. Inputs are described
 * as the client sends them (io "input": before defaults and transforms); what JSON can't express
 * (dates, transforms) becomes "any" rather than failing the whole document.
 */
export function jsonSchemaOf(parsers: readonly unknown[], io: "input" | "output"): JsonSchema | null {
  const schemas = parsers.filter(isZod).map((schema) => {
    try {
      return z.toJSONSchema(schema, {
        io,
        unrepresentable: "any",
        target: "draft-2020-12",
        // A date travels as an ISO 8601 string (JSON.stringify on the way out, z.coerce.date on the way in).
        override: ({ zodSchema, jsonSchema }) => {
          if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
        },
      }) as JsonSchema;
    } catch {
      return {};
    }
  });
  if (schemas.length === 0) return null;
  for (const schema of schemas) delete schema.$schema;
  return schemas.length === 1 ? schemas[0]! : { allOf: schemas };
}

/** Top-level properties of an object schema (allOf parts merged), for query parameters and coercion. */
export function objectProperties(schema: JsonSchema | null): { properties: Record<string, JsonSchema>; required: Set<string> } {
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  const visit = (node: JsonSchema | undefined) => {
    if (!node) return;
    if (Array.isArray(node.allOf)) (node.allOf as JsonSchema[]).forEach(visit);
    if (node.properties && typeof node.properties === "object") Object.assign(properties, node.properties);
    if (Array.isArray(node.required)) (node.required as string[]).forEach((name) => required.add(name));
  };
  visit(schema ?? undefined);
  return { properties, required };
}

/** The JSON types a property accepts ("integer", "boolean", "array" …), looking through anyOf/oneOf. */
export function typesOf(schema: JsonSchema | undefined): Set<string> {
  const types = new Set<string>();
  const visit = (node: JsonSchema | undefined) => {
    if (!node) return;
    if (typeof node.type === "string") types.add(node.type);
    if (Array.isArray(node.type)) (node.type as string[]).forEach((type) => types.add(type));
    for (const key of ["anyOf", "oneOf", "allOf"]) if (Array.isArray(node[key])) (node[key] as JsonSchema[]).forEach(visit);
  };
  visit(schema);
  return types;
}

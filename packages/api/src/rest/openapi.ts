import { IDEMPOTENCY_FIELD } from "./input";
import type { ResolvedRoute } from "./registry";
import { objectProperties } from "./schema";
import type { JsonSchema } from "./types";

type Components = { schemas: Record<string, JsonSchema> };

/**
 * zod puts shared and recursive parts under the schema's own "$defs" and points at them with
 * "#/$defs/x" (or "#" for itself); inside an OpenAPI document those pointers would resolve against
 * the document root. The parts move to components.schemas as `<name>_<def>` and the pointers are
 * rewritten; "#" points at components.schemas[name], where the caller stores the root.
 */
function hoist(components: Components, name: string, schema: JsonSchema): JsonSchema {
  const { $defs, ...root } = schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== "object") return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (key !== "$ref" || typeof value !== "string") return [key, rewrite(value)];
        if (value === "#") return [key, `#/components/schemas/${name}`];
        return [key, value.replace(/^#\/\$defs\//, `#/components/schemas/${name}_`)];
      }),
    );
  };
  for (const [defName, def] of Object.entries($defs ?? {})) components.schemas[`${name}_${defName}`] = rewrite(def) as JsonSchema;
  return rewrite(root) as JsonSchema;
}

function register(components: Components, name: string, schema: JsonSchema): JsonSchema {
  components.schemas[name] = schema;
  return { $ref: `#/components/schemas/${name}` };
}

/** An object schema without some properties (those sent in the path or a header instead). */
function without(schema: JsonSchema, names: readonly string[]): JsonSchema {
  if (names.length === 0 || !schema.properties) return schema;
  const properties = Object.fromEntries(Object.entries(schema.properties as Record<string, JsonSchema>).filter(([key]) => !names.includes(key)));
  const { required: _required, ...rest } = schema;
  const required = Array.isArray(schema.required) ? (schema.required as string[]).filter((key) => !names.includes(key)) : [];
  return { ...rest, properties, ...(required.length > 0 ? { required } : {}) };
}

const errorRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

function operation(route: ResolvedRoute, components: Components) {
  const isPublic = route.permission === "public";
  const procedure = route.procedure;
  const inputName = `${pascal(route.operationId)}Input`;
  const input = procedure?.input ? hoist(components, inputName, procedure.input) : null;
  const { properties, required } = objectProperties(input);
  const takesIdempotencyKey = IDEMPOTENCY_FIELD in properties;
  const usesBody = route.method !== "GET" && route.method !== "DELETE";
  const parameters: Record<string, unknown>[] = route.pattern.params.map((name) => ({
    name,
    in: "path",
    required: true,
    schema: properties[name] ?? { type: "string" },
  }));
  if (procedure && !usesBody) {
    for (const [name, schema] of Object.entries(properties)) {
      if (route.pattern.params.includes(name) || (takesIdempotencyKey && name === IDEMPOTENCY_FIELD)) continue;
      parameters.push({ name, in: "query", required: required.has(name), schema, ...(schema.type === "array" ? { style: "form", explode: true } : {}) });
    }
  }
  if (takesIdempotencyKey) {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: required.has(IDEMPOTENCY_FIELD),
      description: "Retries with the same key return the first result; the same key with other parameters is refused (409). Keys are kept at least 24 hours.",
      schema: properties[IDEMPOTENCY_FIELD],
    });
  }
  const body = usesBody && input ? without(input, [...route.pattern.params, ...(takesIdempotencyKey ? [IDEMPOTENCY_FIELD] : [])]) : null;
  const success = route.raw
    ? { description: "OK", content: { [route.raw.responseContentType]: { schema: { type: "string", format: "binary" } } } }
    : {
        description: "OK",
        content: {
          "application/json": {
            schema: procedure?.output
              ? register(components, `${pascal(route.operationId)}Output`, hoist(components, `${pascal(route.operationId)}Output`, procedure.output))
              : {},
          },
        },
      };
  const scope = isPublic
    ? "none (public)"
    : route.permission === "signed-in"
      ? "any signed-in user or API key; acts on the caller's own data"
      : `scope \`${route.permission}\``;
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: [route.description, `Permission: ${scope}.`, procedure ? `tRPC procedure: \`${procedure.path}\`.` : null].filter(Boolean).join("\n\n"),
    tags: route.tags,
    ...(isPublic ? { security: [] } : {}),
    "x-permission": route.permission,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: register(components, inputName, body) } } } } : {}),
    responses: {
      [String(route.successStatus)]: success,
      ...(procedure?.acceptsInput || route.pattern.params.length > 0 ? { "400": errorRef("BadRequest") } : {}),
      ...(isPublic ? {} : { "401": errorRef("Unauthorized"), "403": errorRef("Forbidden") }),
      "404": errorRef("NotFound"),
      ...(takesIdempotencyKey ? { "409": errorRef("Conflict") } : {}),
      ...(body ? { "413": errorRef("PayloadTooLarge"), "415": errorRef("UnsupportedMediaType") } : {}),
      "429": errorRef("TooManyRequests"),
      default: errorRef("Error"),
    },
  };
}

export interface OpenApiInfo {
  title?: string;
  version?: string;
  /** Where the API lives; default "/api/v1" (relative to the host serving the document). */
  serverUrl?: string;
}

const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          description: "Stable machine-readable code: BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, a domain code such as IDEMPOTENCY_KEY_REUSED …",
        },
        message: { type: "string" },
        fields: {
          type: "object",
          additionalProperties: { type: "string" },
          description: "For 400: the message per input field path, e.g. billingAddress.country.",
        },
      },
    },
  },
};

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

/** The OpenAPI 3.1 document of the REST routes, generated from the procedures' zod schemas. */
export function openApiDocument(routes: readonly ResolvedRoute[], info: OpenApiInfo = {}) {
  const components: Components = { schemas: { Error: errorSchema } };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.pattern.template] ??= {};
    paths[route.pattern.template]![route.method.toLowerCase()] = operation(route, components);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: info.title ?? "Tillbox REST API",
      version: info.version ?? "1.0.0",
      description: "The customer-facing tRPC procedures as REST. Authenticate with an API key: `Authorization: Bearer tbx_…` (the key's scopes apply).",
    },
    servers: [{ url: info.serverUrl ?? "/api/v1" }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(routes.flatMap((route) => route.tags))].sort().map((name) => ({ name })),
    paths,
    components: {
      ...components,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "tbx_ API key",
          description: "An API key created under Account → API keys; requests act as its owner with the key's scopes.",
        },
      },
      responses: {
        BadRequest: errorResponse("Invalid input; `fields` names each offending field path."),
        Unauthorized: errorResponse("No credentials, or an invalid, revoked or expired API key."),
        Forbidden: errorResponse("The caller lacks the permission this operation requires."),
        NotFound: errorResponse("No such resource (or not yours)."),
        Conflict: errorResponse("A conflicting state, e.g. an Idempotency-Key reused with other parameters."),
        PayloadTooLarge: errorResponse("The request body is larger than the server accepts (TILLBOX_MAX_BODY_BYTES)."),
        UnsupportedMediaType: errorResponse("The request body is not application/json."),
        TooManyRequests: errorResponse("Rate limited; see Retry-After."),
        Error: errorResponse("Any other error, same shape."),
      },
    },
  };
}

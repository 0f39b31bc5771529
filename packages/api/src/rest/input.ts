import { TRPCError } from "@trpc/server";
import { assertInputShape } from "@tillbox/trpc";
import { apiBodyLimit, readBodyText, type BodyLimit } from "../body-limit";
import { objectProperties, typesOf } from "./schema";
import type { ResolvedRoute } from "./registry";
import type { JsonSchema } from "./types";

/** Stripe's header; its value fills the input field the tRPC procedures already take. */
export const IDEMPOTENCY_HEADER = "idempotency-key";
export const IDEMPOTENCY_FIELD = "idempotencyKey";

const badRequest = (message: string, fields?: Record<string, string>) =>
  new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: fields ? { issues: Object.entries(fields).map(([path, text]) => ({ path: [path], message: text })) } : undefined,
  });

/**
 * Query strings carry only text: a value is turned into the number or boolean the schema asks
 * for, and a repeated key (or one the schema wants as an array) becomes an array. Anything that
 * doesn't convert is passed as text, so zod reports it against the field.
 */
function coerce(value: string, schema: JsonSchema | undefined): unknown {
  const types = typesOf(schema);
  if ((types.has("number") || types.has("integer")) && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (types.has("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.has("null") && value === "null") return null;
  return value;
}

function fromQuery(url: URL, input: JsonSchema | null): Record<string, unknown> {
  const { properties } = objectProperties(input);
  const result: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const schema = properties[key];
    const values = url.searchParams.getAll(key);
    const itemSchema = typesOf(schema).has("array") ? ((schema?.items as JsonSchema | undefined) ?? undefined) : undefined;
    if (values.length > 1 || itemSchema) result[key] = values.map((value) => coerce(value, itemSchema ?? schema));
    else result[key] = coerce(values[0]!, schema);
  }
  return result;
}

async function fromBody(request: Request, limit: BodyLimit): Promise<unknown> {
  const text = await readBodyText(request, limit);
  if (text.trim() === "") return {};
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the request body as application/json." });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
}

/**
 * The procedure input of a REST request: query (GET, DELETE) or JSON body, then path parameters
 * (the URL wins over the body), then the Idempotency-Key header for procedures that take
 * `idempotencyKey`. Validation stays with the procedure's zod schema.
 */
export async function readInput(request: Request, route: ResolvedRoute, params: Record<string, string>, limit: BodyLimit = apiBodyLimit()): Promise<unknown> {
  const procedure = route.procedure!;
  const url = new URL(request.url);
  const usesBody = route.method !== "GET" && route.method !== "DELETE";
  const raw = usesBody ? await fromBody(request, limit) : fromQuery(url, procedure.input);
  assertInputShape(raw);
  if (!procedure.acceptsInput) return undefined;
  const extra: Record<string, unknown> = { ...params };
  const idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER);
  if (idempotencyKey !== null && IDEMPOTENCY_FIELD in objectProperties(procedure.input).properties) {
    const given = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[IDEMPOTENCY_FIELD] : undefined;
    if (given !== undefined && given !== idempotencyKey) {
      throw badRequest("The Idempotency-Key header and the body's idempotencyKey differ.", { [IDEMPOTENCY_FIELD]: "differs from the Idempotency-Key header" });
    }
    extra[IDEMPOTENCY_FIELD] = idempotencyKey;
  }
  if (Object.keys(extra).length === 0) return raw;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw badRequest("The request body must be a JSON object.");
  return { ...raw, ...extra };
}

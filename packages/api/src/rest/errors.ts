import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { DomainError } from "@tillbox/core";
import { retryAfterOf } from "@tillbox/trpc";

/** The one error shape of /api/v1: a stable code, a human message, and for bad input the field paths. */
export interface RestErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

const noStore = { "cache-control": "no-store" };

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  // Dates become ISO strings through JSON; a bigint (never expected) is sent as a decimal string.
  const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return new Response(text, { status, headers: { "content-type": "application/json", ...noStore, ...headers } });
}

export function restError(
  status: number,
  code: string,
  message: string,
  options: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): Response {
  const body: RestErrorBody = { error: { code, message, ...(options.fields ? { fields: options.fields } : {}) } };
  return jsonResponse(status, body, options.headers);
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** A zod (or any Standard Schema) validation failure: it carries an `issues` list with paths. */
function issuesOf(cause: unknown): IssueLike[] | null {
  if (!cause || typeof cause !== "object" || !("issues" in cause) || !Array.isArray(cause.issues)) return null;
  return cause.issues as IssueLike[];
}

/** "billingAddress.country" → message, as the tRPC error formatter names fields. */
export function fieldErrors(issues: readonly IssueLike[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "(root)";
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Any failure of a REST call as a response. Status codes follow tRPC's mapping (400, 401, 403,
 * 404, 409, 412, 429 …); domain errors keep their stable code; internals say nothing (the
 * server log has the cause). No stack ever leaves this function.
 */
export function errorResponse(error: unknown, where: string): Response {
  const trpcError = error instanceof TRPCError ? error : null;
  const cause = trpcError ? trpcError.cause : error;
  if (cause instanceof DomainError) {
    const status = getHTTPStatusCodeFromError(new TRPCError({ code: cause.status }));
    const retryAfter = retryAfterOf(cause);
    return restError(status, cause.code, cause.message, { headers: retryAfter ? { "retry-after": String(Math.ceil(retryAfter)) } : {} });
  }
  if (!trpcError || trpcError.code === "INTERNAL_SERVER_ERROR") {
    console.error(`REST ${where} failed:`, trpcError?.cause ?? error);
    return restError(500, "INTERNAL_SERVER_ERROR", "Internal server error");
  }
  const issues = trpcError.code === "BAD_REQUEST" ? issuesOf(cause) : null;
  if (issues) return restError(400, "BAD_REQUEST", "Invalid input", { fields: fieldErrors(issues) });
  const status = getHTTPStatusCodeFromError(trpcError);
  const headers: Record<string, string> = status === 401 ? { "www-authenticate": 'Bearer realm="tillbox"' } : {};
  return restError(status, trpcError.code, trpcError.message, { headers });
}

import type { Context } from "@tillbox/trpc";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface RouteBase {
  method: HttpMethod;
  /** Below /api/v1, in OpenAPI template syntax: "/invoices/{id}". Path parameters fill input fields of the same name. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Default: camel-cased procedure path (billing.invoices.list → billingInvoicesList). */
  operationId?: string;
}

/** A REST route onto an appRouter procedure: same permission, same input schema, same handler. */
export interface ProcedureRoute extends RouteBase {
  /** Dotted appRouter path, e.g. "billing.invoices.list". */
  procedure: string;
  /** 201 for creations; default 200, or 204 when the procedure returns nothing. */
  successStatus?: 200 | 201 | 202;
}

/** A route that answers with something other than JSON (a PDF), handled by a function in packages/api. */
export interface RawRoute extends RouteBase {
  /** As procedures declare theirs: a scope, "signed-in" or "public". */
  permission: string;
  responseContentType: string;
  handle(ctx: Context, params: Record<string, string>, request: Request): Promise<Response>;
}

export type RestRoute = ProcedureRoute | RawRoute;

export const isRawRoute = (route: RestRoute): route is RawRoute => "handle" in route;

/** A JSON Schema (draft 2020-12) object, as z.toJSONSchema returns it. */
export type JsonSchema = Record<string, unknown>;

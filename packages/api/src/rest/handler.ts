import type { AnyRouter } from "@trpc/server";
import { createCallerFactory, hasPermission, type Context } from "@tillbox/trpc";
import { apiBodyLimit, bodyTooLargeMessage, declaresTooLarge, withBodyLimit } from "../body-limit";
import { createRequestContext } from "../context";
import { apiRateLimit } from "../http";
import type { RequestSession } from "../request-actor";
import { assertSameOriginMutation } from "../same-origin";
import { errorResponse, jsonResponse, restError } from "./errors";
import { readInput } from "./input";
import { openApiDocument, type OpenApiInfo } from "./openapi";
import { findRoute, resolveRestRoutes, type ResolvedRoute } from "./registry";
import type { RestRoute } from "./types";

export interface RestRequestOptions {
  /** The app's Auth.js session (`await auth()`); an `Authorization: Bearer` API key takes precedence. */
  session?: RequestSession | null;
}

export interface RestHandlerConfig {
  router: AnyRouter;
  routes: readonly RestRoute[];
  /** The URL prefix the app mounts the handler at. */
  basePath?: string;
  openApi?: OpenApiInfo;
  /** Default: createRequestContext (tenant by routing rules, actor from API key or session), as /api/trpc. */
  createContext?: (request: Request, options: RestRequestOptions) => Promise<Context>;
}

function callProcedure(router: AnyRouter, ctx: Context, path: string, input: unknown): Promise<unknown> {
  const caller = createCallerFactory(router)(ctx) as Record<string, unknown>;
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

/**
 * The REST API: each route runs its procedure through a server-side caller, so permission checks,
 * input validation, plugin gates and domain errors are exactly those of /api/trpc.
 */
export function createRestHandler(config: RestHandlerConfig) {
  const basePath = config.basePath ?? "/api/v1";
  const createContext =
    config.createContext ?? ((request, options) => createRequestContext({ headers: request.headers, url: request.url, session: options.session ?? null }));
  let resolved: ResolvedRoute[] | undefined;
  let document: unknown;
  const routes = () => {
    if (!resolved) {
      const result = resolveRestRoutes(config.router, config.routes);
      // The route-table test fails on these; a running server serves the rest and says which are off.
      if (result.problems.length > 0) console.warn(`REST routes skipped:\n  ${result.problems.join("\n  ")}`);
      resolved = result.routes;
    }
    return resolved;
  };

  return async function handleRestRequest(request: Request, options: RestRequestOptions = {}): Promise<Response> {
    const limited = await apiRateLimit(request);
    if (limited) return limited;
    const bodyLimit = apiBodyLimit();
    if (declaresTooLarge(request, bodyLimit)) return restError(413, "PAYLOAD_TOO_LARGE", bodyTooLargeMessage(bodyLimit));
    const url = new URL(request.url);
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || "/" : url.pathname;
    const where = `${request.method} ${path}`;
    if (path === "/openapi.json" && (request.method === "GET" || request.method === "HEAD")) {
      document ??= openApiDocument(routes(), config.openApi);
      return jsonResponse(200, document, { "cache-control": "public, max-age=300" });
    }
    const found = findRoute(routes(), request.method, path);
    if (!("route" in found)) {
      if (found.allowed.length > 0)
        return restError(405, "METHOD_NOT_SUPPORTED", `${request.method} is not allowed here.`, { headers: { allow: found.allowed.join(", ") } });
      return restError(404, "NOT_FOUND", `No route ${where}.`);
    }
    const { route, params } = found;
    try {
      assertSameOriginMutation(request, options.session ?? null);
      const ctx = await createContext(request, options);
      // Anonymous callers of a protected route are told to authenticate (401), not refused (403).
      if (route.permission !== "public" && ctx.actor.kind === "anonymous") {
        return restError(401, "UNAUTHORIZED", "Authenticate with an API key: Authorization: Bearer tbx_…", {
          headers: { "www-authenticate": 'Bearer realm="tillbox"' },
        });
      }
      if (route.raw) {
        if (!hasPermission(ctx.actor, route.permission)) return restError(403, "FORBIDDEN", `Missing permission "${route.permission}".`);
        return await route.raw.handle(ctx, params, withBodyLimit(request, bodyLimit));
      }
      const input = await readInput(request, route, params, bodyLimit);
      const data = await callProcedure(config.router, ctx, route.procedure!.path, input);
      return data === undefined ? new Response(null, { status: 204, headers: { "cache-control": "no-store" } }) : jsonResponse(route.successStatus, data);
    } catch (error) {
      return errorResponse(error, where);
    }
  };
}

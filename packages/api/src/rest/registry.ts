import type { AnyRouter } from "@trpc/server";
import type { Meta } from "@tillbox/trpc";
import { compilePath, type PathPattern } from "./path-pattern";
import { jsonSchemaOf, objectProperties } from "./schema";
import { isRawRoute, type HttpMethod, type JsonSchema, type RawRoute, type RestRoute } from "./types";

/** A route checked against the router, with what the handler and the OpenAPI generator need. */
export interface ResolvedRoute {
  method: HttpMethod;
  pattern: PathPattern;
  summary: string;
  description?: string;
  tags: string[];
  operationId: string;
  permission: string;
  successStatus: number;
  /** Set for procedure routes. */
  procedure?: { path: string; type: "query" | "mutation"; input: JsonSchema | null; output: JsonSchema | null; acceptsInput: boolean };
  /** Set for raw routes. */
  raw?: Pick<RawRoute, "handle" | "responseContentType">;
}

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  meta?: Partial<Meta>;
  inputs: unknown[];
  output?: unknown;
}

export function proceduresOf(router: AnyRouter): Record<string, { _def: ProcedureDef }> {
  return router._def.procedures as Record<string, { _def: ProcedureDef }>;
}

const camelCase = (path: string) => path.replace(/[.\-_]+([a-zA-Z0-9])/g, (_match, char: string) => char.toUpperCase());

/**
 * Checks a route table against the router. A route whose procedure is missing (its router hasn't
 * landed), that maps a mutation onto GET, or that names a path parameter the input lacks is left
 * out and reported in `problems`; the route-table test fails on any problem, the server skips them.
 * Procedures may also opt in themselves with `.meta({ rest: { method, path } })` (plugins can't
 * edit the core table); one the table maps as well is a problem (its path would be declared twice).
 */
export function resolveRestRoutes(router: AnyRouter, table: readonly RestRoute[]): { routes: ResolvedRoute[]; problems: string[] } {
  const procedures = proceduresOf(router);
  // A procedure the table maps is served where the table says, not (also) at its meta path.
  const inTable = new Set(table.flatMap((route) => ("procedure" in route ? [route.procedure] : [])));
  const routes: ResolvedRoute[] = [];
  const problems: string[] = [];
  const fromMeta: RestRoute[] = Object.entries(procedures).flatMap(([path, procedure]) => {
    const rest = procedure._def.meta?.rest;
    if (!rest) return [];
    if (!inTable.has(path)) return [{ method: rest.method, path: rest.path, procedure: path, summary: path, tags: [path.split(".")[0]!] }];
    problems.push(`"${path}": REST route declared twice (the route table and meta.rest); keep one`);
    return [];
  });
  const seen = new Set<string>();
  for (const route of [...table, ...fromMeta]) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) {
      if (table.includes(route)) problems.push(`${key}: mapped twice`);
      continue;
    }
    seen.add(key);
    let pattern: PathPattern;
    try {
      pattern = compilePath(route.path);
    } catch (error) {
      problems.push(`${key}: ${(error as Error).message}`);
      continue;
    }
    const base = { method: route.method, pattern, summary: route.summary, description: route.description, tags: route.tags };
    if (isRawRoute(route)) {
      const operationId = route.operationId ?? camelCase(`${route.method.toLowerCase()}.${route.path.replace(/[{}]/g, "").replace(/\//g, ".")}`);
      routes.push({
        ...base,
        operationId,
        permission: route.permission,
        successStatus: 200,
        raw: { handle: route.handle, responseContentType: route.responseContentType },
      });
      continue;
    }
    const procedure = procedures[route.procedure];
    if (!procedure) {
      problems.push(`${key}: procedure "${route.procedure}" does not exist`);
      continue;
    }
    const { type, meta, inputs, output } = procedure._def;
    if (type === "subscription") {
      problems.push(`${key}: "${route.procedure}" is a subscription`);
      continue;
    }
    if (type === "mutation" && route.method === "GET") {
      problems.push(`${key}: "${route.procedure}" is a mutation and can't be served on GET`);
      continue;
    }
    if (!meta?.permission) {
      problems.push(`${key}: "${route.procedure}" declares no permission`);
      continue;
    }
    const input = jsonSchemaOf(inputs, "input");
    const { properties } = objectProperties(input);
    const unknownParams = pattern.params.filter((name) => !(name in properties));
    if (unknownParams.length > 0) {
      problems.push(`${key}: path parameter(s) ${unknownParams.join(", ")} are not fields of "${route.procedure}"'s input`);
      continue;
    }
    routes.push({
      ...base,
      operationId: route.operationId ?? camelCase(route.procedure),
      permission: meta.permission,
      successStatus: route.successStatus ?? 200,
      procedure: { path: route.procedure, type, input, output: output ? jsonSchemaOf([output], "output") : null, acceptsInput: inputs.length > 0 },
    });
  }
  // A literal segment beats a parameter: /invoices/upcoming before /invoices/{id}.
  routes.sort((a, b) => a.pattern.params.length - b.pattern.params.length);
  return { routes, problems };
}

/** The route for a request path: the matching template, or the methods the path allows (405). */
export function findRoute(
  routes: readonly ResolvedRoute[],
  method: string,
  path: string,
): { route: ResolvedRoute; params: Record<string, string> } | { allowed: HttpMethod[] } {
  const allowed: HttpMethod[] = [];
  for (const route of routes) {
    const params = route.pattern.match(path);
    if (!params) continue;
    if (route.method === method || (method === "HEAD" && route.method === "GET")) return { route, params };
    allowed.push(route.method);
  }
  return { allowed };
}

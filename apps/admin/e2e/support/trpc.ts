import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/**
 * Raw tRPC-over-HTTP calls (superjson envelope), for arranging state and checking errors. `path`
 * is "namespace.procedure", optionally prefixed with another app's origin ("http://…/auth.signUp").
 */
function endpoint(path: string): string {
  const split = /^(https?:\/\/[^/]+)\/(.+)$/.exec(path);
  return split ? `${split[1]}/api/trpc/${split[2]}` : `/api/trpc/${path}`;
}

export function trpcCall(request: APIRequestContext, path: string, input: unknown): Promise<APIResponse> {
  // What a browser adds to a same-origin fetch: signed-in mutations without it are refused as cross-site.
  return request.post(endpoint(path), { data: { json: input }, headers: { "sec-fetch-site": "same-origin" } });
}

/** A mutation that must succeed; returns its result data. */
export async function trpcMutation<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await trpcCall(request, path, input);
  expect(response.status(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

export function trpcQuery(request: APIRequestContext, path: string, input?: unknown): Promise<APIResponse> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return request.get(`${endpoint(path)}${query}`);
}

/** A query that must succeed; returns its result data. */
export async function trpcData<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const response = await trpcQuery(request, path, input);
  expect(response.status(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

export async function pluginStatus(request: APIRequestContext, slug: string): Promise<string | undefined> {
  const plugins = await trpcData<{ slug: string; status: string }[]>(request, "plugins.list");
  return plugins.find((plugin) => plugin.slug === slug)?.status;
}

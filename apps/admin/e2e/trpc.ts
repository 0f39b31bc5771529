import { expect, type APIRequestContext } from "@playwright/test";

/** Raw tRPC-over-HTTP calls (superjson envelope), for arranging state and checking errors. */
export async function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  const response = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.status(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(200);
  return response;
}

export function trpcQuery(request: APIRequestContext, path: string) {
  return request.get(`/api/trpc/${path}`);
}

export async function pluginStatus(request: APIRequestContext, slug: string): Promise<string | undefined> {
  const response = await trpcQuery(request, "plugins.list");
  const body = (await response.json()) as { result: { data: { json: { slug: string; status: string }[] } } };
  return body.result.data.json.find((plugin) => plugin.slug === slug)?.status;
}

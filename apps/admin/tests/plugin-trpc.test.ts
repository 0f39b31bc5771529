import { QueryClient } from "@tanstack/react-query";
import { initTRPC } from "@trpc/server";
import { createTRPCClient, httpLink } from "@trpc/client";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TRPCProvider, usePluginTRPC } from "@tillbox/plugin-sdk/react";

const t = initTRPC.create();
const webhooksRouter = t.router({
  endpoints: t.router({ list: t.procedure.input(z.object({ page: z.number() })).query(() => []) }),
});
// Only its type is needed: the client below never sends a request.
const _appRouter = t.router({ webhooks: webhooksRouter });

function Probe() {
  const trpc = usePluginTRPC<typeof webhooksRouter>("webhooks");
  // The key carries the full path, proving the namespace was applied to the host's proxy.
  return h("pre", null, JSON.stringify(trpc.endpoints.list.queryKey({ page: 2 })));
}

describe("usePluginTRPC", () => {
  it("scopes the host's options proxy to the plugin's namespace", () => {
    const trpcClient = createTRPCClient<typeof _appRouter>({ links: [httpLink({ url: "http://localhost/api/trpc" })] });
    const markup = renderToStaticMarkup(h(TRPCProvider, { trpcClient, queryClient: new QueryClient(), children: h(Probe) }));
    expect(markup).toBe(`<pre>${JSON.stringify([["webhooks", "endpoints", "list"], { input: { page: 2 }, type: "query" }]).replaceAll('"', "&quot;")}</pre>`);
  });

  it("fails loudly outside the provider instead of calling a missing client", () => {
    expect(() => renderToStaticMarkup(h(Probe))).toThrow();
  });
});

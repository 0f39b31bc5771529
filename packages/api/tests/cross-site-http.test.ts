import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import superjson from "superjson";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { bootPlugins, handleRestRequest, handleTRPCRequest, pluginServiceFor } from "../src";
import { restUser } from "./rest/rest-fixtures";

let t: TestDb;
let customer: Awaited<ReturnType<typeof restUser>>;
let owner: Awaited<ReturnType<typeof restUser>>;
const saved = { NODE_ENV: process.env.NODE_ENV, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST };

beforeAll(async () => {
  setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
  t = await createTestDb();
  setDb(t.db);
  await bootPlugins(t.db);
  customer = await restUser(t.db, "user", "customer@example.com");
  owner = await restUser(t.db, "owner", "owner@example.com");
});
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
afterAll(async () => {
  setRateLimiter(undefined);
  setDb(undefined);
  await t.close();
});

const subscriptionId = "3f0e7a52-4c1b-4a8e-9a51-0d2f1c9b6a10";

/** POST /api/v1/subscriptions/{id}/cancel as a browser (or a forged page) would send it. */
function cancel(headers: Record<string, string>, options: { key?: string; url?: string } = {}) {
  const url = options.url ?? `http://localhost:3000/api/v1/subscriptions/${subscriptionId}/cancel`;
  const all = { host: new URL(url).host, ...headers, ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) };
  return handleRestRequest(new Request(url, { method: "POST", headers: all }), { session: options.key ? null : customer.session });
}

async function expectRefused(response: Response) {
  expect(response.status).toBe(403);
  const body = await response.json();
  expect(body.error.code).toBe("CROSS_SITE_REQUEST");
  expect(body.error.message).toMatch(/Cross-site request refused/);
}

/** Past the origin check, the procedure itself answers: no such subscription. */
async function expectReachedProcedure(response: Response) {
  expect(response.status).toBe(404);
  expect((await response.json()).error.code).not.toBe("CROSS_SITE_REQUEST");
}

describe("cookie-authenticated REST mutations", () => {
  it("refuses a text/plain POST from another origin, with or without a body", async () => {
    await expectRefused(await cancel({ origin: "https://evil.example", "content-type": "text/plain", "sec-fetch-site": "cross-site" }));
    const withBody = new Request(`http://localhost:3000/api/v1/subscriptions/${subscriptionId}/cancel`, {
      method: "POST",
      headers: { host: "localhost:3000", origin: "https://evil.example", "content-type": "text/plain" },
      body: '{"atPeriodEnd":false}',
    });
    await expectRefused(await handleRestRequest(withBody, { session: customer.session }));
  });

  it("refuses a request without Origin that the browser marks cross-site, or that says nothing", async () => {
    await expectRefused(await cancel({ "sec-fetch-site": "cross-site" }));
    await expectRefused(await cancel({}));
  });

  it("refuses a sibling tenant's subdomain: same site, other origin", async () => {
    const url = `http://acme.tillbox.localhost:3000/api/v1/subscriptions/${subscriptionId}/cancel`;
    await expectRefused(await cancel({ origin: "http://evil.tillbox.localhost:3000", "sec-fetch-site": "same-site" }, { url }));
  });

  it("lets the site's own pages through: matching Origin, Sec-Fetch-Site same-origin, or the configured app URLs", async () => {
    await expectReachedProcedure(await cancel({ origin: "http://localhost:3000", "content-type": "application/json" }));
    await expectReachedProcedure(await cancel({ "sec-fetch-site": "same-origin" }));
    await expectReachedProcedure(await cancel({ origin: "http://localhost:3001" }));
  });

  it("lets an API key through from anywhere: a Bearer key is no ambient credential", async () => {
    const key = await customer.apiKey(["billing:read"]);
    await expectReachedProcedure(await cancel({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }, { key }));
    await expectReachedProcedure(await cancel({}, { key }));
  });

  it("matches Origin against X-Forwarded-Host only when the proxy is trusted", async () => {
    const url = `http://internal:3000/api/v1/subscriptions/${subscriptionId}/cancel`;
    const headers = { host: "internal:3000", "x-forwarded-host": "shop.example", origin: "https://shop.example" };
    process.env.NODE_ENV = "production";
    process.env.AUTH_TRUST_HOST = "true";
    await expectReachedProcedure(await cancel(headers, { url }));
    delete process.env.AUTH_TRUST_HOST;
    await expectRefused(await cancel(headers, { url }));
  });
});

describe("cookie-authenticated tRPC mutations", () => {
  function disableWebhooks(headers: Record<string, string>, auth: { key?: string } = {}) {
    const request = new Request("http://localhost:3001/api/trpc/plugins.disable", {
      method: "POST",
      headers: { host: "localhost:3001", "content-type": "application/json", ...headers, ...(auth.key ? { authorization: `Bearer ${auth.key}` } : {}) },
      body: JSON.stringify(superjson.serialize({ slug: "webhooks" })),
    });
    return handleTRPCRequest(request, { session: auth.key ? null : owner.session });
  }
  const enabled = () => pluginServiceFor(t.db).isEnabled("webhooks");

  it("refuses one from another origin before the procedure runs", async () => {
    for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, {}] as Record<string, string>[]) {
      const response = await disableWebhooks(headers);
      expect(response.status).toBe(403);
      const body = await response.json();
      expect(body.error.json.data).toMatchObject({ code: "FORBIDDEN", domainCode: "CROSS_SITE_REQUEST" });
      expect(body.error.json.message).toMatch(/Cross-site request refused/);
      expect(await enabled()).toBe(true);
    }
  });

  it("runs one from the app's own origin, and one with an API key from anywhere", async () => {
    expect((await disableWebhooks({ origin: "http://localhost:3001" })).status).toBe(200);
    expect(await enabled()).toBe(false);
    const key = await owner.apiKey(["plugins:manage"]);
    const request = new Request("http://localhost:3001/api/trpc/plugins.enable", {
      method: "POST",
      headers: { host: "localhost:3001", "content-type": "application/json", authorization: `Bearer ${key}`, origin: "https://evil.example" },
      body: JSON.stringify(superjson.serialize({ slug: "webhooks" })),
    });
    expect((await handleTRPCRequest(request, { session: null })).status).toBe(200);
    expect(await enabled()).toBe(true);
  });

  it("leaves queries alone: reading is not a change", async () => {
    const request = new Request("http://localhost:3001/api/trpc/plugins.list", {
      headers: { host: "localhost:3001", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect((await handleTRPCRequest(request, { session: owner.session })).status).toBe(200);
  });
});

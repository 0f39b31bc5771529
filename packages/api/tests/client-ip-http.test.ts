import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, PEER_ADDRESS_HEADER, setRateLimiter } from "@tillbox/rate-limit";
import { bootPlugins, handleTRPCRequest, type RequestSession } from "../src";
import { resetTestServices, strongPassword, useTestServices } from "./accounts-helpers";
import { ownerSession } from "./owner-session";

let t: TestDb;
let owner: RequestSession;
const savedHops = process.env.TILLBOX_TRUSTED_PROXY_HOPS;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await bootPlugins(t.db);
  owner = await ownerSession(t.db);
});
afterEach(() => {
  if (savedHops === undefined) delete process.env.TILLBOX_TRUSTED_PROXY_HOPS;
  else process.env.TILLBOX_TRUSTED_PROXY_HOPS = savedHops;
  resetTestServices();
});
afterAll(async () => {
  setDb(undefined);
  await t.close();
});

/** A request as the apps' server hands it on: the socket's peer stamped, X-Forwarded-For as the client (or proxy) sent it. */
function post(path: string, input: unknown, from: { peer: string; forwardedFor?: string }, session: RequestSession | null = null) {
  const headers: Record<string, string> = { "content-type": "application/json", origin: "http://localhost", [PEER_ADDRESS_HEADER]: from.peer };
  if (from.forwardedFor) headers["x-forwarded-for"] = from.forwardedFor;
  return handleTRPCRequest(new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers, body: JSON.stringify({ json: input }) }), { session });
}

const health = (from: { peer: string; forwardedFor?: string }) => {
  const headers: Record<string, string> = { [PEER_ADDRESS_HEADER]: from.peer, ...(from.forwardedFor ? { "x-forwarded-for": from.forwardedFor } : {}) };
  return handleTRPCRequest(new Request("http://localhost/api/trpc/health", { headers }));
};

describe("the client IP with no trusted proxy (TILLBOX_TRUSTED_PROXY_HOPS=0, the default)", () => {
  it("keeps a client that rotates X-Forwarded-For inside its per-IP API limit", async () => {
    setRateLimiter(createRateLimiter({ policies: { api: { points: 3, durationSeconds: 60 } } }));
    for (let index = 0; index < 3; index += 1) expect((await health({ peer: "203.0.113.5", forwardedFor: `198.51.100.${index}` })).status).toBe(200);
    expect((await health({ peer: "203.0.113.5", forwardedFor: "198.51.100.200" })).status).toBe(429);
    expect((await health({ peer: "203.0.113.5" })).status).toBe(429);
    // Another peer is another client.
    expect((await health({ peer: "203.0.113.6", forwardedFor: "198.51.100.1" })).status).toBe(200);
  });

  it("keeps a client that rotates X-Forwarded-For inside the sign-up limit", async () => {
    await useTestServices(t.db);
    for (let index = 0; index < 10; index += 1) {
      const response = await post(
        "auth.signUp",
        { email: `rotate-${index}@example.com`, password: strongPassword },
        { peer: "203.0.113.40", forwardedFor: `10.0.0.${index}` },
      );
      expect(response.status, `attempt ${index + 1}`).toBe(200);
    }
    const refused = await post("auth.signUp", { email: "rotate-x@example.com", password: strongPassword }, { peer: "203.0.113.40", forwardedFor: "10.0.0.99" });
    expect(refused.status).toBe(429);
    expect(await t.db.user.count({ where: { email: "rotate-x@example.com" } })).toBe(0);
  });

  it("writes the peer, not a forged X-Forwarded-For, to the audit log", async () => {
    expect((await post("plugins.disable", { slug: "webhooks" }, { peer: "203.0.113.77", forwardedFor: "192.0.2.1" }, owner)).status).toBe(200);
    expect((await post("plugins.enable", { slug: "webhooks" }, { peer: "203.0.113.77", forwardedFor: "192.0.2.1" }, owner)).status).toBe(200);
    const entries = await t.db.auditLog.findMany({ where: { action: { startsWith: "plugin." } }, orderBy: { createdAt: "desc" }, take: 2 });
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry.ip).toBe("203.0.113.77");
  });
});

describe("the client IP behind one trusted proxy (TILLBOX_TRUSTED_PROXY_HOPS=1)", () => {
  it("limits by the address the proxy appended, whatever the client put before it", async () => {
    process.env.TILLBOX_TRUSTED_PROXY_HOPS = "1";
    setRateLimiter(createRateLimiter({ policies: { api: { points: 2, durationSeconds: 60 } } }));
    const proxy = "10.0.0.2";
    expect((await health({ peer: proxy, forwardedFor: "203.0.113.9" })).status).toBe(200);
    expect((await health({ peer: proxy, forwardedFor: "1.1.1.1, 203.0.113.9" })).status).toBe(200);
    expect((await health({ peer: proxy, forwardedFor: "8.8.8.8, 203.0.113.9" })).status).toBe(429);
    // Every client arrives from the proxy's socket, yet each has its own budget.
    expect((await health({ peer: proxy, forwardedFor: "198.51.100.9" })).status).toBe(200);
  });

  it("audits the proxy-provided address", async () => {
    process.env.TILLBOX_TRUSTED_PROXY_HOPS = "1";
    expect((await post("plugins.disable", { slug: "webhooks" }, { peer: "10.0.0.2", forwardedFor: "192.0.2.1, 198.51.100.23" }, owner)).status).toBe(200);
    expect((await post("plugins.enable", { slug: "webhooks" }, { peer: "10.0.0.2", forwardedFor: "198.51.100.23" }, owner)).status).toBe(200);
    const entries = await t.db.auditLog.findMany({ where: { action: { startsWith: "plugin." } }, orderBy: { createdAt: "desc" }, take: 2 });
    for (const entry of entries) expect(entry.ip).toBe("198.51.100.23");
  });
});

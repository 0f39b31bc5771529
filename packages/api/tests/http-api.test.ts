import { afterAll, beforeAll, describe, expect, it } from "vitest";
import superjson from "superjson";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { bootPlugins, getHealth, handleTRPCRequest, pluginServiceFor, type RequestSession } from "../src";
import { ownerSession } from "./owner-session";

let test: TestDb;
let owner: RequestSession;
const origin = { tenantId: "default", actorId: "test" };

beforeAll(async () => {
  test = await createTestDb();
  setDb(test.db);
  await bootPlugins(test.db);
  owner = await ownerSession(test.db);
});
afterAll(async () => {
  setDb(undefined);
  await test.close();
});

function trpcGet(path: string, input?: unknown): Promise<Response> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return handleTRPCRequest(new Request(`http://localhost/api/trpc/${path}${query}`), { session: owner });
}

function trpcPost(path: string, input: unknown, session: RequestSession | null = owner): Promise<Response> {
  return handleTRPCRequest(
    new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      // As the portal's own pages send it (a signed-in mutation from elsewhere is refused).
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    { session },
  );
}

describe("the /api/trpc endpoint", () => {
  it("lists installed plugins, synced into the state table at boot", async () => {
    const response = await trpcGet("plugins.list");
    expect(response.status).toBe(200);
    const plugins = superjson.deserialize<{ slug: string; status: string }[]>((await response.json()).result.data);
    expect(plugins.find((plugin) => plugin.slug === "webhooks")?.status).toBe("enabled");
  });

  it("answers a disabled plugin's procedures with 412 PLUGIN_DISABLED, and serves them again once enabled", async () => {
    await pluginServiceFor(test.db).disable("webhooks", origin);
    const refused = await trpcGet("webhooks.endpoints.list");
    const body = await refused.json();
    expect(refused.status).toBe(412);
    expect(body.error.json.data.domainCode).toBe("PLUGIN_DISABLED");
    expect(body.error.json.message).toMatch(/"webhooks" is disabled/);

    await pluginServiceFor(test.db).enable("webhooks", origin);
    expect((await trpcGet("webhooks.endpoints.list")).status).toBe(200);
  });

  it("answers invalid input with 400 naming the field, without a stack trace", async () => {
    const response = await trpcPost("plugins.updateSettings", { slug: "webhooks", settings: "nope" });
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body.error.json.data.fieldErrors).toHaveProperty("settings");
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
    expect(body.error.json.data.stack).toBeUndefined();
  });

  it("refuses a dependency-breaking or unknown change with a stable code", async () => {
    const response = await trpcPost("plugins.enable", { slug: "ghost" });
    expect(response.status).toBe(404);
    expect((await response.json()).error.json.data.domainCode).toBe("PLUGIN_NOT_INSTALLED");
  });

  it("refuses privileged procedures without a session, in every environment (no dev admin)", async () => {
    const response = await trpcPost("plugins.disable", { slug: "webhooks" }, null);
    expect(response.status).toBe(401);
    expect((await response.json()).error.json.data.code).toBe("UNAUTHORIZED");
    expect(await pluginServiceFor(test.db).isEnabled("webhooks")).toBe(true);
  });
});

describe("health", () => {
  it("reports the database reachable, every migration applied and the plugin states", async () => {
    const health = await getHealth(test.db);
    expect(health.ok).toBe(true);
    expect(health.database.reachable).toBe(true);
    expect(health.migrations).toMatchObject({ upToDate: true, pending: [], changed: [] });
    expect(health.plugins).toContainEqual(expect.objectContaining({ slug: "webhooks", status: "enabled" }));
  });

  it("reports pending migrations as not ok", async () => {
    await test.db.$executeRawUnsafe(`DELETE FROM "_tillbox_migrations" WHERE owner = 'webhooks' AND name = '0001_webhooks.sql'`);
    try {
      const health = await getHealth(test.db);
      expect(health.ok).toBe(false);
      expect(health.migrations?.pending).toContain("plugins/webhooks/migrations/0001_webhooks.sql");
    } finally {
      const [source] = (await import("@tillbox/db")).migrationSources.filter((entry) => entry.path.endsWith("/0001_webhooks.sql"));
      await test.db.$executeRawUnsafe(`INSERT INTO "_tillbox_migrations" (owner, name, checksum) VALUES ('webhooks', $1, $2)`, source!.name, source!.checksum);
    }
  });
});

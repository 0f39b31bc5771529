import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as clientModule from "../src/client";

const load = async (): Promise<typeof clientModule> => {
  vi.resetModules();
  return import("../src/client");
};

// No query runs: the pg adapter connects on first use, so a made-up server is fine.
beforeEach(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
});
// Files may share this worker (the PGlite pass): leave no client, variable or module behind.
afterEach(async () => {
  (await import("../src/client")).setDb(undefined);
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("getDb after the client module is reloaded (next dev, after pnpm compose)", () => {
  it("in development, replaces a client made by the replaced module with one of the new module", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const before = await load();
    const old = before.getDb();
    // Booleans: printing a Prisma client in a failure message recurses without end.
    expect(before.getDb() === old).toBe(true);

    const after = await load();
    const fresh = after.getDb();
    expect(fresh === old).toBe(false);
    expect(after.getDb() === fresh).toBe(true);
  });

  it("elsewhere keeps the process-wide client, whichever module made it", async () => {
    vi.stubEnv("NODE_ENV", "test");
    const old = (await load()).getDb();
    expect((await load()).getDb() === old).toBe(true);
  });
});

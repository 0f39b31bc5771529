import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compose } from "../src";
import { makeRoot, read, removeRoots, write } from "./fixture-root";

afterAll(removeRoots);

describe("prisma generate", { timeout: 180_000 }, () => {
  it("creates a missing client, then regenerates only when the composed schema changes", async () => {
    const root = makeRoot("valid");
    const client = path.join(root, "packages/db/src/client.generated/client.ts");
    expect(existsSync(client)).toBe(false);

    const first = await compose({ root });
    expect(first.clientGenerated).toBe(true);
    expect(existsSync(client)).toBe(true);
    expect(read(root, "packages/db/src/client.generated/models/AlphaThing.ts")).toContain("AlphaThing");

    const second = await compose({ root });
    expect(second.clientGenerated).toBe(false);

    write(
      root,
      "plugins/beta-tools/schema.prisma",
      read(root, "plugins/beta-tools/schema.prisma").replace("  id       String @id", "  id       String @id\n  body     String"),
    );
    const third = await compose({ root });
    expect(third.clientGenerated).toBe(true);
    expect(read(root, "packages/db/src/client.generated/models/BetaNote.ts")).toContain("body");
  });
});

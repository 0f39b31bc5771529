import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withSavepoint } from "../src";
import { createTestDb, type TestDb } from "../src/testing";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(() => t.close());

const tenant = (id: string) => ({ data: { id, slug: id, name: id } });

describe("withSavepoint", () => {
  it("undoes only the failed work: the transaction goes on and commits what came before and after", async () => {
    const outcome = await t.db.$transaction(async (tx) => {
      await tx.tenant.create(tenant("before"));
      const failed = await withSavepoint(tx, async () => {
        await tx.tenant.create(tenant("inside"));
        await tx.tenant.create(tenant("inside"));
      });
      await tx.tenant.create(tenant("after"));
      return failed;
    });
    expect(outcome.ok).toBe(false);
    expect((await t.db.tenant.findMany({ where: { id: { not: "default" } }, orderBy: { id: "asc" } })).map((row) => row.id)).toEqual(["after", "before"]);
  });

  it("keeps the work and hands back its value when it succeeds", async () => {
    const outcome = await t.db.$transaction((tx) => withSavepoint(tx, async () => (await tx.tenant.create(tenant("kept"))).id));
    expect(outcome).toEqual({ ok: true, value: "kept" });
    expect(await t.db.tenant.count({ where: { id: "kept" } })).toBe(1);
  });
});

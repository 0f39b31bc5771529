import { it, expect } from "vitest";
import { createTestDb } from "@tillbox/db/testing";
import { forTenant, tenantScopedModels } from "@tillbox/db";
it("probe", async () => {
  const t = await createTestDb();
  console.log([...tenantScopedModels]);
  await t.db.tenant.create({ data: { id: "a", slug: "a", name: "A" } });
  await t.db.tenant.create({ data: { id: "b", slug: "b", name: "B" } });
  const a = forTenant(t.db, "a"), b = forTenant(t.db, "b");
  const log = await a.auditLog.create({ data: { action: "x", targetType: "y" } as never });
  expect(log.tenantId).toBe("a");
  expect(await b.auditLog.findUnique({ where: { id: log.id } })).toBeNull();
  expect(await a.auditLog.findUnique({ where: { id: log.id } })).not.toBeNull();
  await expect(b.auditLog.update({ where: { id: log.id }, data: { action: "z" } })).rejects.toThrow();
  const r = await b.$transaction([b.auditLog.findMany(), b.auditLog.count()]);
  console.log(r);
  await b.$transaction(async (tx) => { console.log(await tx.auditLog.count(), await tx.tenant.findMany()); });
  await t.close();
});

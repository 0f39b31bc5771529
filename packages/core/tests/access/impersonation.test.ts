import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { getActiveImpersonation, redeemImpersonationHandover, resolvePermissions, startImpersonation, stopImpersonation, suspendUser } from "../../src";
import { actor, createUser, seedRoles, tenantId, testScopes } from "./fixtures";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await seedRoles(t.db);
});
afterEach(async () => {
  await t.close();
});

async function actorOf(userId: string) {
  return actor(userId, await resolvePermissions(t.db, userId, testScopes));
}

describe("impersonation", () => {
  it("starts a session that is audited with ip and user agent and ends with one call from the impersonated side", async () => {
    const support = await createUser(t.db, ["support"]);
    const customer = await createUser(t.db, ["user"]);
    const started = await startImpersonation(t.db, await actorOf(support.id), customer.id, testScopes);

    const active = await getActiveImpersonation(t.db, started.sessionId);
    expect(active).toMatchObject({ adminId: support.id, targetUserId: customer.id, ip: "203.0.113.7", userAgent: "vitest" });
    expect(active!.admin.email).toBe(support.email);

    // The stop button is pressed while acting as the customer (who holds no scopes), on the admin's behalf.
    await stopImpersonation(t.db, { ...actor(customer.id, new Set()), impersonatedBy: support.id }, started.sessionId);
    expect(await getActiveImpersonation(t.db, started.sessionId)).toBeNull();

    const audit = await t.db.auditLog.findMany({ where: { targetId: customer.id }, orderBy: { createdAt: "asc" } });
    // Both entries name the admin as the actor and the customer as the target.
    expect(audit.map((row) => [row.action, row.actorId, row.targetId, row.ip, row.userAgent])).toEqual([
      ["user.impersonate.start", support.id, customer.id, "203.0.113.7", "vitest"],
      ["user.impersonate.stop", support.id, customer.id, "203.0.113.7", "vitest"],
    ]);
    expect(audit[0]!.data).toMatchObject({ sessionId: started.sessionId });
    expect(audit[1]!.data).toMatchObject({ sessionId: started.sessionId, adminId: support.id, reason: "stopped" });
  });

  it("names whoever ends someone else's impersonation, and records whose it was", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const support = await createUser(t.db, ["support"]);
    const customer = await createUser(t.db, ["user"]);
    const { sessionId } = await startImpersonation(t.db, await actorOf(support.id), customer.id, testScopes);
    await stopImpersonation(t.db, await actorOf(admin.id), sessionId);
    const stop = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.impersonate.stop", targetId: customer.id } });
    expect(stop).toMatchObject({ actorId: admin.id, data: expect.objectContaining({ adminId: support.id, reason: "stopped" }) });
  });

  it("refuses owners, yourself, more privileged users and callers without a user; writes nothing", async () => {
    const owner = await createUser(t.db, ["owner"]);
    const admin = await createUser(t.db, ["admin"]);
    const support = await createUser(t.db, ["support"]);
    await expect(startImpersonation(t.db, await actorOf(admin.id), owner.id, testScopes)).rejects.toMatchObject({
      code: "IMPERSONATE_OWNER",
      status: "FORBIDDEN",
    });
    await expect(startImpersonation(t.db, await actorOf(owner.id), owner.id, testScopes)).rejects.toMatchObject({ code: "IMPERSONATE_SELF" });
    await expect(startImpersonation(t.db, await actorOf(support.id), admin.id, testScopes)).rejects.toMatchObject({ code: "USER_MORE_PRIVILEGED" });
    await expect(startImpersonation(t.db, actor(null, "all"), support.id, testScopes)).rejects.toMatchObject({ code: "IMPERSONATOR_UNKNOWN" });
    // Nor from inside an impersonation: an admin acting as a support user can't chain on to a customer.
    const customer = await createUser(t.db, ["user"]);
    const chained = { ...(await actorOf(support.id)), impersonatedBy: admin.id };
    await expect(startImpersonation(t.db, chained, customer.id, testScopes)).rejects.toMatchObject({ code: "IMPERSONATION_FORBIDDEN", status: "FORBIDDEN" });
    expect(await t.db.impersonationSession.count()).toBe(0);
    expect(await t.db.auditLog.count()).toBe(0);
  });

  it("lets only the admin, the target or a users:manage holder stop it, and ends it when the target is suspended", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const customer = await createUser(t.db);
    const bystander = await createUser(t.db, ["support"]);
    const { sessionId } = await startImpersonation(t.db, await actorOf(admin.id), customer.id, testScopes);
    await expect(stopImpersonation(t.db, await actorOf(bystander.id), sessionId)).rejects.toMatchObject({ status: "NOT_FOUND" });

    await suspendUser(t.db, await actorOf(admin.id), customer.id, testScopes);
    expect(await getActiveImpersonation(t.db, sessionId)).toBeNull();
    expect((await t.db.impersonationSession.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).not.toBeNull();
  });

  it("keeps one open session per admin and lapses sessions after an hour", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const first = await createUser(t.db);
    const second = await createUser(t.db);
    const one = await startImpersonation(t.db, await actorOf(admin.id), first.id, testScopes);
    const two = await startImpersonation(t.db, await actorOf(admin.id), second.id, testScopes);
    expect(await getActiveImpersonation(t.db, one.sessionId)).toBeNull();
    expect(await getActiveImpersonation(t.db, two.sessionId)).not.toBeNull();
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(await getActiveImpersonation(t.db, two.sessionId, later)).toBeNull();
  });

  it("redeems a session's hand-over once, and never an ended, lapsed or other tenant's session", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const customer = await createUser(t.db);
    const { sessionId } = await startImpersonation(t.db, await actorOf(admin.id), customer.id, testScopes);
    expect(await redeemImpersonationHandover(t.db, "elsewhere", sessionId)).toBeNull();
    expect(await redeemImpersonationHandover(t.db, tenantId, sessionId, new Date(Date.now() + 61 * 60 * 1000))).toBeNull();
    expect(await redeemImpersonationHandover(t.db, tenantId, "not-a-uuid")).toBeNull();

    expect(await redeemImpersonationHandover(t.db, tenantId, sessionId)).toEqual({ id: sessionId, adminId: admin.id, targetUserId: customer.id });
    expect(await redeemImpersonationHandover(t.db, tenantId, sessionId)).toBeNull();
    expect((await t.db.impersonationSession.findUniqueOrThrow({ where: { id: sessionId } })).handoverConsumedAt).toBeInstanceOf(Date);

    const other = await createUser(t.db);
    const stopped = await startImpersonation(t.db, await actorOf(admin.id), other.id, testScopes);
    await stopImpersonation(t.db, await actorOf(admin.id), stopped.sessionId);
    expect(await redeemImpersonationHandover(t.db, tenantId, stopped.sessionId)).toBeNull();
  });
});

import { isProduction } from "@tillbox/config";
import { hashPassword, type BuiltinRoleKey } from "@tillbox/core";
import type { Db } from "@tillbox/db";

/** The demo logins documented in the README ("Demo logins"); verified, so they can sign in at once. */
export const demoUsers: readonly { email: string; password: string; role: BuiltinRoleKey; name: string }[] = [
  { email: "owner@tillbox.dev", password: "tillbox-owner-demo-2026", role: "owner", name: "Olivia Owner" },
  { email: "support@tillbox.dev", password: "tillbox-support-demo-2026", role: "support", name: "Sam Support" },
  { email: "customer@tillbox.dev", password: "tillbox-customer-demo-2026", role: "user", name: "Casey Customer" },
];

/**
 * Creates the demo users once; a second run changes nothing, and an existing demo user keeps a
 * password or name someone changed. Never in production: well-known passwords would be a way in.
 * Expects the built-in roles to exist (bootInstalledPlugins creates them).
 */
export async function seedDemoUsers(db: Db, tenantId: string): Promise<string[]> {
  if (isProduction()) return [];
  const created: string[] = [];
  for (const demo of demoUsers) {
    const role = await db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: demo.role } } });
    const existing = await db.user.findUnique({ where: { tenantId_email: { tenantId, email: demo.email } } });
    const user =
      existing ??
      (await db.user.create({
        data: { tenantId, email: demo.email, name: demo.name, passwordHash: await hashPassword(demo.password), emailVerifiedAt: new Date() },
      }));
    if (!existing) created.push(demo.email);
    await db.userRole.createMany({ data: [{ userId: user.id, roleId: role.id, tenantId }], skipDuplicates: true });
  }
  return created;
}

import { createApiKey, resolvePermissions, startImpersonation } from "@tillbox/core";
import { tenantScopedModels, type Db } from "@tillbox/db";
import { createCallerFactory } from "@tillbox/trpc";
import { actorForUser, allScopes } from "../../src/access";
import { createContext } from "../../src/context";
import { appRouter } from "../../src/root";
import { seedDemoCatalogue } from "../../../cli/src/demo-catalogue";
import { payOnSandboxPage } from "../billing/done-when-helpers";
import { createUserWithRole, tenantId } from "./security-helpers";

const SUCCEED = "4242 4242 4242 4242";
const DECLINE = "4000 0000 0000 0002";

/**
 * A customer (built-in role "user") who also holds api-keys:manage, as an operator grants it for
 * REST access: so the API-key procedures are among those a customer can call.
 */
export async function customer(db: Db, email: string) {
  const role = await db.role.upsert({
    where: { tenantId_key: { tenantId, key: "rest-client" } },
    create: { tenantId, key: "rest-client", name: "REST client", scopes: ["api-keys:manage"] },
    update: {},
  });
  const user = await createUserWithRole(db, "user", email);
  await db.userRole.create({ data: { tenantId, userId: user.id, roleId: role.id } });
  const actor = await actorForUser(db, user.id);
  const caller = createCallerFactory(appRouter)(createContext({ headers: new Headers({ "user-agent": "ownership" }), db, tenantId, actor }));
  return { id: user.id, actor, caller };
}

/** The demo catalogue's ids by slug. */
export async function catalogue(db: Db) {
  await seedDemoCatalogue(db, tenantId);
  const bySlug = (rows: { slug: string; id: string }[]) => Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  return {
    plans: bySlug(await db.plan.findMany({ where: { tenantId } })),
    addOns: bySlug(await db.addOn.findMany({ where: { tenantId } })),
    bundles: bySlug(await db.tokenBundle.findMany({ where: { tenantId } })),
  };
}

/**
 * Real data of one customer, made the way the portal and back-office make it: Pro bought and paid
 * with a sandbox card (an active subscription, a paid invoice, tokens in the wallet, a saved card),
 * a declined token bundle (an open invoice, a failed payment), an abandoned one (a payment waiting
 * on the sandbox page), a partial refund (a credit note), an API key and an impersonation session.
 */
export async function customerData(db: Db, owner: Awaited<ReturnType<typeof customer>>, shop: Awaited<ReturnType<typeof catalogue>>, adminId: string) {
  const buy = (items: object[], key: string) =>
    owner.caller.billing.checkout.create({ currency: "EUR", items: items as never, provider: "sandbox", idempotencyKey: `${owner.id}-${key}` });
  const pro = await buy([{ kind: "plan", planId: shop.plans.pro }], "pro");
  await payOnSandboxPage(owner.caller, pro, SUCCEED);
  await payOnSandboxPage(owner.caller, await buy([{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"] }], "declined"), DECLINE);
  await buy([{ kind: "token_bundle", bundleId: shop.bundles["tokens-10000"] }], "abandoned");
  const adminActor = { tenantId, actorId: adminId, permissions: await resolvePermissions(db, adminId, allScopes()) };
  const admin = createCallerFactory(appRouter)(createContext({ headers: new Headers(), db, tenantId, actor: await actorForUser(db, adminId) }));
  await admin.billing.payments.refund({ invoiceId: pro.invoiceId, amount: 500, reason: "Goodwill", idempotencyKey: `${owner.id}-refund` });
  await createApiKey(
    db,
    { tenantId, actorId: owner.id, permissions: owner.actor.permissions },
    { name: "ada's key", scopes: ["api-keys:manage"] },
    allScopes(),
  );
  await startImpersonation(db, adminActor, owner.id, allScopes());
}

type Finder = { findMany(args: unknown): Promise<{ id?: unknown }[]> };

/** Every id of a row that is the customer's: rows naming them, and rows hanging off their invoices and payments. */
export async function idsOwnedBy(db: Db, userId: string): Promise<Map<string, string>> {
  const models = db as unknown as Record<string, Finder>;
  const owned = new Map<string, string>([[userId, "User"]]);
  const collect = async (where: object) => {
    for (const model of tenantScopedModels) {
      const rows = await models[model[0]!.toLowerCase() + model.slice(1)]!.findMany({ where, select: { id: true } }).catch(() => []);
      for (const row of rows) if (typeof row.id === "string") owned.set(row.id, model);
    }
  };
  await collect({ userId });
  await collect({ targetUserId: userId });
  const ofKind = (kind: string) => [...owned].filter(([, model]) => model === kind).map(([id]) => id);
  await collect({ invoiceId: { in: ofKind("Invoice") } });
  await collect({ paymentId: { in: ofKind("Payment") } });
  await collect({ walletId: { in: ofKind("TokenWallet") } });
  return owned;
}

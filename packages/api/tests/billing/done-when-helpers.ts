import { parseEnv } from "@tillbox/config";
import { ensureBuiltinRoles } from "@tillbox/core";
import type { Db } from "@tillbox/db";
import { createMailer, setMailer } from "@tillbox/email";
import { createCallerFactory } from "@tillbox/trpc";
import { actorForUser, allScopes } from "../../src/access";
import { createContext } from "../../src/context";
import { invoicePdfResponse } from "../../src/invoice-pdf";
import { pluginServiceFor } from "../../src/plugin-runtime";
import { appRouter } from "../../src/root";
import { seedDemoCatalogue } from "../../../cli/src/demo-catalogue";
import { pdfText } from "../../../invoice-pdf/tests/pdf-text";

export const tenantId = "default";
const callerFor = (ctx: ReturnType<typeof createContext>) => createCallerFactory(appRouter)(ctx);
export type Caller = ReturnType<typeof callerFor>;

/** Plugins booted (sandbox on), the demo catalogue, billing mail into the dev mailbox; the demo plans by slug. */
export async function setupShop(db: Db) {
  await pluginServiceFor(db).boot({ tenantId, actorId: null });
  await ensureBuiltinRoles(db, tenantId, allScopes());
  await seedDemoCatalogue(db, tenantId);
  setMailer(createMailer({ db, env: parseEnv({ NODE_ENV: "development" }), log: () => {} }));
  const plans = Object.fromEntries((await db.plan.findMany({ where: { tenantId } })).map((plan) => [plan.slug, plan.id]));
  const bundles = Object.fromEntries((await db.tokenBundle.findMany({ where: { tenantId } })).map((bundle) => [bundle.slug, bundle.id]));
  return { plans, bundles };
}

/** A signed-in user with `role` (German, so 19 % VAT applies) and a tRPC caller acting as them. */
export async function signedIn(db: Db, role: "user" | "admin" | "support", email: string) {
  const { id: roleId } = await db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await db.user.create({ data: { tenantId, email, name: email.split("@")[0], country: "DE", roles: { create: { roleId } } } });
  const ctx = createContext({ headers: new Headers({ "user-agent": "done-when" }), db, tenantId, actor: await actorForUser(db, user.id) });
  return { id: user.id, ctx, caller: callerFor(ctx) };
}

/** What the sandbox page does: enter the card for the sandbox payment in nextActionUrl, then capture our payment. */
export async function payOnSandboxPage(caller: Caller, started: { paymentId: string | null; nextActionUrl: string | null }, cardNumber: string) {
  const sandboxId = new URL(started.nextActionUrl!).searchParams.get("payment")!;
  await caller.paymentsSandbox.submitCard({ paymentId: sandboxId, cardNumber });
  return caller.billing.checkout.capture({ paymentId: started.paymentId!, idempotencyKey: `capture-${sandboxId}` });
}

/** €12.34 as the PDF prints it (English locale). */
export const euros = (minor: number) => `€${(minor / 100).toFixed(2)}`;

/** The invoice PDF as the portal serves it, read back as text. */
export async function invoicePdf(owner: { ctx: Parameters<typeof invoicePdfResponse>[0] }, invoiceId: string) {
  const response = await invoicePdfResponse(owner.ctx, invoiceId);
  if (response.status !== 200) throw new Error(`PDF of ${invoiceId}: HTTP ${response.status}`);
  return pdfText(Buffer.from(await response.arrayBuffer()));
}

/** round(numerator / denominator), halves away from zero, exact (the test's own arithmetic). */
export function roundDiv(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n;
  const [n, d] = [numerator < 0n ? -numerator : numerator, denominator < 0n ? -denominator : denominator];
  const rounded = (2n * n + d) / (2n * d);
  return Number(negative ? -rounded : rounded);
}

/** 19 % exclusive VAT of one line, rounded once. */
export const vat19 = (amount: number) => roundDiv(BigInt(amount) * 19n, 100n);

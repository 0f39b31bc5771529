/**
 * One customer naming another's rows. Bob tries every id of Ada's (invoices, payments, the
 * subscription, sandbox payments, her API key, credit note, wallet ledger, impersonation session…)
 * in every id-like field of every procedure he may call: each answers NOT_FOUND, the convention
 * of the customer procedures (another user's row is "not found", so ids can't be probed), and not
 * one row of the database changes. The procedures are enumerated from the router, so a new
 * customer procedure taking an id is covered without editing this file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { hasPermission } from "@tillbox/trpc";
import { handleRestRequest } from "../../src";
import { changedTables, tableDigests } from "./database-checksum";
import { catalogue, customer, customerData, idsOwnedBy } from "./ownership-fixtures";
import { CATALOGUE_FIELDS, idFieldsOf, inputVariants, type Fill } from "./ownership-inputs";
import { createUserWithRole, currentSession, prepareTenant, procedureTable, releaseTenant, type ProcedureInfo } from "./security-helpers";

let t: TestDb;
let ada: Awaited<ReturnType<typeof customer>>;
let bob: Awaited<ReturnType<typeof customer>>;
let shop: Awaited<ReturnType<typeof catalogue>>;
/** Ada's row ids → the model they belong to. */
let adas = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await prepareTenant(t.db);
  shop = await catalogue(t.db);
  [ada, bob] = [await customer(t.db, "ada@ownership.test"), await customer(t.db, "bob@ownership.test")];
  await customerData(t.db, ada, shop, (await createUserWithRole(t.db, "admin", "ops@ownership.test")).id);
  adas = await idsOwnedBy(t.db, ada.id);
}, 60_000);
afterAll(async () => {
  releaseTenant();
  setDb(undefined);
  await t.close();
});

/** Procedures Bob's permissions let him call whose input has an id-like field (inside cart item unions too). */
const customerProcedures = () =>
  procedureTable().filter(
    (procedure) =>
      hasPermission(bob.actor, procedure.permission) &&
      procedure.inputs[0] &&
      inputVariants(procedure.inputs[0], fillWith("x")).some((input) => idFieldsOf(input).length > 0),
  );

let sequence = 0;
const fillWith = (candidate: string): Fill => ({
  id: (key) =>
    CATALOGUE_FIELDS.has(key)
      ? (
          {
            planId: shop.plans.pro,
            toPlanId: shop.plans["pro-yearly"],
            addOnId: shop.addOns["priority-support"],
            bundleId: shop.bundles["tokens-1000"],
          } as Record<string, string>
        )[key]!
      : candidate,
  // Values that pass the other checks, so the id lookup is what answers.
  field: (key) =>
    ({ provider: "sandbox", cardNumber: "4242 4242 4242 4242", currency: "EUR", idempotencyKey: `bob-${++sequence}`, prorationDate: new Date() })[key],
});

/**
 * The inputs of `procedure` naming `candidate` in a customer-owned field. Variants naming only
 * catalogue rows are the caller's own purchases (nothing of Ada's is named); an id the field's
 * format rejects (a sandbox id where a uuid goes) is refused by validation before any lookup.
 */
function inputsNaming(procedure: ProcedureInfo, candidate: string): unknown[] {
  return inputVariants(procedure.inputs[0], fillWith(candidate))
    .filter((input) => idFieldsOf(input).some((field) => !CATALOGUE_FIELDS.has(field)))
    .filter((input) => (procedure.inputs[0] as z.ZodType).safeParse(input).success);
}

const procedureOf = (caller: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], caller) as (input: unknown) => Promise<unknown>;

async function codeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `THROWN ${String(error)}`;
  }
}

describe("a customer naming another customer's rows", () => {
  it("has real rows of every kind to try, and the procedures that take their ids", () => {
    const kinds = new Set(adas.values());
    for (const kind of ["Invoice", "Payment", "Subscription", "PaymentsSandboxPayment", "ApiKey", "CreditNote", "TokenLedgerEntry", "ImpersonationSession"])
      expect(kinds).toContain(kind);
    const paths = customerProcedures().map((procedure) => procedure.path);
    for (const path of [
      "billing.invoices.get",
      "billing.invoices.pay",
      "billing.payments.capture",
      "billing.subscriptions.cancel",
      "billing.checkout.create",
      "apiKeys.revoke",
      "paymentsSandbox.submitCard",
      "users.stopImpersonation",
    ]) {
      expect(paths).toContain(path);
    }
  });

  it("gets NOT_FOUND for every id of Ada's in every id field, and nothing in the database changes", async () => {
    const before = await tableDigests(t.db);
    const wrong: string[] = [];
    const calls = new Map<string, number>();
    for (const procedure of customerProcedures()) {
      for (const [candidate, kind] of adas) {
        for (const input of inputsNaming(procedure, candidate)) {
          const code = await codeOf(() => procedureOf(bob.caller, procedure.path)(input));
          calls.set(procedure.path, (calls.get(procedure.path) ?? 0) + 1);
          if (code !== "NOT_FOUND") wrong.push(`${procedure.path} with Ada's ${kind} ${JSON.stringify(input)}: ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(
      customerProcedures()
        .filter((procedure) => !calls.has(procedure.path))
        .map((procedure) => procedure.path),
    ).toEqual([]);
    expect(changedTables(before, await tableDigests(t.db))).toEqual([]);
  }, 120_000);

  it("control: Ada reaches her own rows with the same inputs, where that writes nothing", async () => {
    // Reads and previews: their success proves the inputs above were valid and the ids real.
    const harmless = customerProcedures().filter((procedure) => procedure.type === "query" || /\.preview/.test(procedure.path));
    expect(harmless.length).toBeGreaterThan(2);
    for (const procedure of harmless) {
      const codes = [];
      for (const candidate of adas.keys())
        for (const input of inputsNaming(procedure, candidate)) codes.push(await codeOf(() => procedureOf(ada.caller, procedure.path)(input)));
      expect(codes, procedure.path).toContain("OK");
    }
  });

  it("gets 404 for Ada's invoice and credit note over REST, PDFs included", async () => {
    const session = await currentSession(t.db, bob.id);
    const ids = (kind: string) => [...adas].filter(([, model]) => model === kind).map(([id]) => id);
    const paths = [...ids("Invoice").flatMap((id) => [`/invoices/${id}`, `/invoices/${id}/pdf`]), ...ids("CreditNote").map((id) => `/credit-notes/${id}/pdf`)];
    for (const path of paths) expect((await handleRestRequest(new Request(`http://localhost/api/v1${path}`), { session })).status, path).toBe(404);
    // Control: Ada herself reads them.
    const own = await handleRestRequest(new Request(`http://localhost/api/v1/credit-notes/${ids("CreditNote")[0]}/pdf`), {
      session: await currentSession(t.db, ada.id),
    });
    expect(own.status).toBe(200);
  });

  it("sees only his own rows in his lists and wallet", async () => {
    const lists = await Promise.all([
      bob.caller.billing.invoices.mine(),
      bob.caller.billing.subscriptions.mine(),
      bob.caller.billing.wallet.ledger(),
      bob.caller.apiKeys.list(),
      bob.caller.billing.wallet.balance(),
    ]);
    const text = JSON.stringify(lists);
    expect([...adas.keys()].filter((id) => text.includes(id))).toEqual([]);
    expect((await bob.caller.billing.wallet.balance()).balance).toBe(0);
    expect((await ada.caller.billing.wallet.balance()).balance).toBeGreaterThan(0);
  });
});

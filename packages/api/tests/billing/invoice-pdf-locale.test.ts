/** Invoice PDFs speak the customer's language, whoever downloads them (the customer or an operator). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { setMailer } from "@tillbox/email";
import { invoicePdf, setupShop, signedIn } from "./done-when-helpers";

let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  shop = await setupShop(t.db);
});
afterAll(async () => {
  setMailer(undefined);
  setDb(undefined);
  await t.close();
});

async function openInvoiceOf(customer: Awaited<ReturnType<typeof signedIn>>, key: string) {
  const started = await customer.caller.billing.checkout.create({
    currency: "EUR",
    items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
    provider: "sandbox",
    idempotencyKey: key,
  });
  return started.invoiceId;
}

describe("invoice PDF labels", () => {
  it("prints a German customer's invoice in German and an English customer's in English", async () => {
    const hans = await signedIn(t.db, "user", "hans@example.test");
    await t.db.user.update({ where: { id: hans.id }, data: { locale: "de" } });
    const ada = await signedIn(t.db, "user", "ada@example.test");
    const support = await signedIn(t.db, "support", "support@example.test");

    const german = await openInvoiceOf(hans, "hans-1");
    for (const reader of [hans, support]) {
      const { lines } = await invoicePdf(reader, german);
      expect(lines.join("\n")).toMatch(/Rechnung an|RECHNUNG AN/);
      expect(lines.some((line) => /^Offener Betrag \d+,\d{2}\s€$/.test(line.replace(/[\u00a0\u202f]/g, " ")))).toBe(true);
    }
    const { lines } = await invoicePdf(ada, await openInvoiceOf(ada, "ada-1"));
    expect(lines.some((line) => /^Amount due €\d+\.\d{2}$/.test(line))).toBe(true);
  });
});

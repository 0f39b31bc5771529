import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestCaller, createTestContext, createTestDb, setPluginState, type TestDb } from "@tillbox/plugin-sdk/testing";
import { paymentsManualRouter } from "../server/router";

let test: TestDb;
beforeEach(async () => {
  test = await createTestDb();
});
afterEach(async () => {
  await test.close();
});

describe("payments-manual router", () => {
  it("previews the invoice instructions once configured, and needs payments-manual:read", async () => {
    await setPluginState(test.db, "payments-manual", true, {});
    const caller = createTestCaller(paymentsManualRouter, createTestContext({ db: test.db }));
    expect(await caller.status()).toEqual({ configured: false, missing: ["accountHolder", "iban"], preview: null });

    await setPluginState(test.db, "payments-manual", true, { accountHolder: "Tillbox GmbH", iban: "DE89370400440532013000" });
    expect((await caller.status()).preview).toContain("IBAN: DE89 3704 0044 0532 0130 00");

    const outsider = createTestCaller(paymentsManualRouter, createTestContext({ db: test.db, permissions: [] }));
    await expect(outsider.status()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

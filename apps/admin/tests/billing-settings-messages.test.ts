import { afterAll, beforeAll, describe, expect, it } from "vitest";
import superjson from "superjson";
import { allScopes, bootPlugins, handleTRPCRequest } from "@tillbox/api";
import { sessionClaims } from "@tillbox/auth/session";
import { ensureBuiltinRoles, getBillingSettings } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { zodFormResolver } from "@tillbox/plugin-sdk/forms";
import { billingSettingsFormSchema, formValuesOf, patchFromValues } from "../src/components/settings/billing-settings-fields";

let test: TestDb;
let session: { claims: ReturnType<typeof sessionClaims> };

beforeAll(async () => {
  test = await createTestDb();
  setDb(test.db);
  await bootPlugins(test.db);
  await ensureBuiltinRoles(test.db, "default", allScopes());
  const role = await test.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId: "default", key: "owner" } } });
  const user = await test.db.user.create({ data: { tenantId: "default", email: "owner@tests.invalid", roles: { create: { roleId: role.id } } } });
  session = { claims: sessionClaims({ ...user, roles: ["owner"] }) };
});
afterAll(async () => {
  setDb(undefined);
  await test.close();
});

/** The field errors the server answers a settings patch with, as the admin's tRPC client receives them. */
async function serverFieldErrors(patch: unknown): Promise<Record<string, string>> {
  const response = await handleTRPCRequest(
    new Request("http://localhost/api/trpc/billing.settings.update", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify(superjson.serialize(patch)),
    }),
    { session },
  );
  expect(response.status).toBe(400);
  return (await response.json()).error.json.data.fieldErrors;
}

describe("a billing settings rule, checked in the form and on the server", () => {
  it("reads the same in both places", async () => {
    const stored = formValuesOf(await getBillingSettings(test.db, "default"));
    const typed = { ...stored, invoiceNumberFormat: "INV-{YYYY}", trialReminderDays: "three" };

    const resolved = await zodFormResolver(billingSettingsFormSchema)(typed, undefined, { fields: {}, shouldUseNativeValidation: false });
    const server = await serverFieldErrors(patchFromValues(typed));

    expect(server.invoiceNumberFormat).toBe("must contain {SEQ} (or {SEQ:n}) exactly once");
    expect(resolved.errors.invoiceNumberFormat?.message).toBe(server.invoiceNumberFormat);
    expect(resolved.errors.trialReminderDays?.message).toBe(server.trialReminderDays);
  });
});

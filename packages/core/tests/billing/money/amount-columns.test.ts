import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

/** Column names that hold minor units or tokens, in billing's tables and any plugin's. */
const AMOUNT_NAME = /(^|_)(amount|amounts|total|subtotal|balance|tokens|token_grant)(_|$)|amount_(paid|refunded)|balance_after/;

describe("money and token columns", () => {
  it("are all 64-bit, so no amount MAX_AMOUNT allows is wider than its column", async () => {
    const columns = await t.db.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('smallint', 'integer', 'bigint', 'numeric')`;
    const amounts = columns.filter((column) => AMOUNT_NAME.test(column.column_name));
    const narrow = amounts
      .filter((column) => column.data_type !== "bigint")
      .map((column) => `${column.table_name}.${column.column_name} (${column.data_type})`);
    expect(narrow).toEqual([]);
    // The check found the columns it is about (invoices, lines, payments, refunds, wallet, ledger, catalogue…).
    expect(amounts.length).toBeGreaterThanOrEqual(20);
  });
});

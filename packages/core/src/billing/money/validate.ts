import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { isKnownCurrency } from "./currency-table";
import { MAX_AMOUNT } from "./limits";

/** A price or amount: an integer number of minor units, 0 … MAX_AMOUNT. */
export function assertAmount(amount: unknown, field = "amount"): number {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 0 || amount > MAX_AMOUNT) {
    throw new DomainError("AMOUNT_INVALID", `Amounts are whole numbers of minor units from 0 to ${MAX_AMOUNT} (field: ${field}).`);
  }
  return amount;
}

/** The code is ISO 4217 and enabled (an active Currency row) for the tenant; returns its exponent. */
export async function assertCurrencyEnabled(db: DbOrTx, tenantId: string, code: string, field = "currency"): Promise<number> {
  if (!isKnownCurrency(code)) throw new DomainError("CURRENCY_UNKNOWN", `"${code}" is not an ISO 4217 currency (field: ${field}).`);
  const row = await db.currency.findUnique({ where: { tenantId_code: { tenantId, code } } });
  if (!row?.active) throw new DomainError("CURRENCY_NOT_ENABLED", `${code} is not an enabled currency (field: ${field}).`);
  return row.exponent;
}

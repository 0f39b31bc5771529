import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { auditCatalogue, parseBillingInput } from "../catalogue/validation";
import type { BillingContext } from "../context";
import { assertCurrencyEnabled } from "../money/validate";
import { isEuMember, isValidEuVatId, normalizeVatId } from "../tax/vat-id";
import { billingSettingsPatchSchema, type IntervalChangePolicy } from "./settings-schema";

export interface BillingSettingsView {
  legalName: string;
  address: Record<string, string>;
  vatId: string | null;
  email: string | null;
  country: string;
  defaultCurrency: string;
  invoiceNumberFormat: string;
  creditNoteNumberFormat: string;
  invoiceFooter: string;
  dunningRetryDays: number[];
  dunningFinalStatus: "canceled" | "unpaid";
  trialReminderDays: number;
  invoiceDueDays: number;
  intervalChange: IntervalChangePolicy;
  /** One address that gets a copy of every receipt sent to a customer; null = no copies. */
  receiptCopyTo: string | null;
}

/** The schema's defaults: what a tenant bills with before an operator saves anything. */
export const defaultBillingSettings: BillingSettingsView = {
  legalName: "",
  address: {},
  vatId: null,
  email: null,
  country: "DE",
  defaultCurrency: "EUR",
  invoiceNumberFormat: "INV-{YYYY}-{SEQ:6}",
  creditNoteNumberFormat: "CN-{YYYY}-{SEQ:6}",
  invoiceFooter: "",
  dunningRetryDays: [1, 3, 5, 7],
  dunningFinalStatus: "canceled",
  trialReminderDays: 3,
  invoiceDueDays: 14,
  intervalChange: "immediate",
  receiptCopyTo: null,
};

type Row = Omit<BillingSettingsView, "address" | "dunningFinalStatus" | "intervalChange"> & {
  address: unknown;
  dunningFinalStatus: string;
  intervalChange: string;
  tenantId: string;
};

function view({ tenantId: _tenantId, ...row }: Row): BillingSettingsView {
  return {
    ...row,
    address: (row.address ?? {}) as Record<string, string>,
    dunningFinalStatus: row.dunningFinalStatus === "unpaid" ? "unpaid" : "canceled",
    intervalChange: row.intervalChange === "downgrade_at_period_end" ? "downgrade_at_period_end" : "immediate",
  };
}

/** The tenant's settings, or the defaults when none were saved (no row is created by reading). */
export async function getBillingSettings(db: DbOrTx, tenantId: string): Promise<BillingSettingsView> {
  const row = await db.billingSettings.findUnique({ where: { tenantId } });
  return row ? view(row) : { ...defaultBillingSettings };
}

/**
 * Saves a patch, validated as a whole (the patch merged onto what's stored): a seller in the EU
 * with a VAT id needs one of its country's format, and the default currency must be enabled.
 */
export async function updateBillingSettings(ctx: BillingContext, input: unknown): Promise<BillingSettingsView> {
  const patch = parseBillingInput(billingSettingsPatchSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const current = await getBillingSettings(tx, ctx.tenantId);
    const next: BillingSettingsView = { ...current, ...patch } as BillingSettingsView;
    if (next.vatId) {
      next.vatId = normalizeVatId(next.vatId);
      if (isEuMember(next.country) && !isValidEuVatId(next.vatId, next.country)) {
        throw new DomainError("VAT_ID_INVALID", `"${next.vatId}" is not a VAT id of ${next.country}'s format (field: vatId).`);
      }
    }
    if (patch.defaultCurrency) await assertCurrencyEnabled(tx, ctx.tenantId, next.defaultCurrency, "defaultCurrency");
    const row = await tx.billingSettings.upsert({
      where: { tenantId: ctx.tenantId },
      create: { ...next, tenantId: ctx.tenantId },
      update: next,
    });
    await auditCatalogue(tx, ctx, "billing-settings.update", { type: "billing_settings", id: ctx.tenantId }, { fields: Object.keys(patch).sort() });
    return view(row);
  });
}

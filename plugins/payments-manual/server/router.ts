import { readPluginSettings } from "@tillbox/plugin-sdk";
import { procedure, router } from "./api";
import { transferInstructions } from "./provider";
import { MANUAL_SLUG, manualSettingsSchema } from "./settings";

/** Mounted as trpc.paymentsManual.*. */
export const paymentsManualRouter = router({
  /** Whether bank transfer can be offered, and the instructions an invoice would carry (preview for the admin). */
  status: procedure("payments-manual:read").query(async ({ ctx }) => {
    const settings = await readPluginSettings(ctx.db, MANUAL_SLUG, manualSettingsSchema);
    const preview = transferInstructions(settings, { invoiceNumber: "INV-0001", amount: 10_000, currency: settings.currencies[0] ?? "EUR" });
    return { configured: preview !== null, missing: preview ? [] : ["accountHolder", "iban"], preview };
  }),
});

export type PaymentsManualRouter = typeof paymentsManualRouter;

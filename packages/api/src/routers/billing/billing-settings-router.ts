import { billingSettingsPatchSchema, getBillingSettings, updateBillingSettings } from "@tillbox/core";
import { authorizedProcedure, router } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";

/**
 * billing.settings.*: the seller printed on invoices and the tenant's billing policies (number
 * formats, dunning schedule, trial reminders, due days, how interval changes apply). Reading
 * needs billing:read; saving needs billing-settings:manage and is audited with the fields that changed.
 */
export const billingSettingsRouter = router({
  get: authorizedProcedure("billing:read").query(({ ctx }) => getBillingSettings(ctx.db, ctx.tenantId)),

  update: authorizedProcedure("billing-settings:manage")
    .input(billingSettingsPatchSchema)
    .mutation(({ ctx, input }) => updateBillingSettings(billingContextOf(ctx), input)),
});

import type { Tx } from "@tillbox/db";
import { grantChangeTokens } from "./change-grants";
import { planChangePatch } from "./plan-change-patch";
import type { ResolvedSubscriptionChange } from "./proration";
import { transition, type SubscriptionRow, type TransitionContext } from "./transition";

/**
 * Puts the subscription (locked by the caller) on the change's plan and grants the tokens the
 * change earns, in the caller's transaction: the plan, its event and the grant commit together,
 * whichever path applies the change (at once, or when its invoice is paid).
 */
export async function applyPlanChange(
  tx: Tx,
  ctx: TransitionContext,
  subscription: SubscriptionRow,
  change: ResolvedSubscriptionChange,
): Promise<SubscriptionRow> {
  const updated = await transition(tx, ctx, { subscription, patch: planChangePatch(change), reason: "plan_changed" });
  await grantChangeTokens(tx, subscription, updated, change, ctx.now);
  return updated;
}

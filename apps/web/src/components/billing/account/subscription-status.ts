import type { BadgeProps } from "@tillbox/ui";

export const statusVariants: Record<string, BadgeProps["variant"]> = {
  active: "success",
  trialing: "success",
  past_due: "warning",
  unpaid: "destructive",
  incomplete: "warning",
  incomplete_expired: "secondary",
  paused: "secondary",
  canceled: "secondary",
};

/** Which self-service actions make sense in a state (the server re-checks every transition). */
export function availableActions(subscription: { status: string; cancelAtPeriodEnd: boolean }) {
  const { status, cancelAtPeriodEnd } = subscription;
  return {
    cancel: !cancelAtPeriodEnd && ["active", "trialing", "past_due", "paused", "unpaid"].includes(status),
    /** A first payment that failed: dropping the order voids its invoice, so the customer can check out again. */
    abandon: status === "incomplete",
    resume: status === "paused" || (cancelAtPeriodEnd && ["active", "trialing", "past_due", "unpaid"].includes(status)),
    pause: status === "active" && !cancelAtPeriodEnd,
    change: ["active", "trialing"].includes(status) && !cancelAtPeriodEnd,
  };
}

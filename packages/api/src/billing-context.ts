import { systemClock, type BillingContext, type Clock } from "@tillbox/core";
import type { Context } from "@tillbox/trpc";
import { accessActor } from "./access";

const holder = globalThis as unknown as { tillboxBillingClock?: Clock };

/** The clock billing procedures use: the system clock, unless a test swapped it with setBillingClock. */
export function billingClock(): Clock {
  return holder.tillboxBillingClock ?? systemClock;
}

export function setBillingClock(clock: Clock | undefined): void {
  holder.tillboxBillingClock = clock;
}

/** A request's billing context: the tenant-scoped db, the caller, and the clock. */
export function billingContextOf(ctx: Context): BillingContext {
  return { db: ctx.db, tenantId: ctx.tenantId, clock: billingClock(), actor: accessActor(ctx) };
}

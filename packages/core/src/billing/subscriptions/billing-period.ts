import { DomainError } from "../../errors";

export type RecurringInterval = "week" | "month" | "year";

export interface BillingPeriod {
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The anchor moved by `months` calendar months, its day clamped to the target month's length
 * (Jan 31 + 1 month = Feb 28/29). Always measured from the anchor, so the day comes back where
 * the month is long enough: Jan 31 + 2 months = Mar 31, not Mar 28.
 */
function addMonths(anchor: Date, months: number): Date {
  const total = anchor.getUTCFullYear() * 12 + anchor.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const day = Math.min(anchor.getUTCDate(), daysInMonth(year, month));
  return new Date(Date.UTC(year, month, day, anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds(), anchor.getUTCMilliseconds()));
}

/** The instant `count` intervals after the anchor (UTC; a week is exactly 7 × 24 h). */
export function addIntervals(anchor: Date, interval: RecurringInterval, count: number): Date {
  if (interval === "week") return new Date(anchor.getTime() + count * 7 * DAY_MS);
  return addMonths(anchor, interval === "year" ? count * 12 : count);
}

/**
 * Period `index` of a subscription anchored at `anchor` (Stripe's billing_cycle_anchor): it runs
 * from anchor + index × intervalCount intervals to anchor + (index + 1) × intervalCount intervals.
 * Both ends come from the anchor, never from the previous period, so short months don't drift
 * the cycle (Jan 31 → Feb 28 → Mar 31 → Apr 30), and Feb 29 comes back in leap years.
 */
export function billingPeriod(anchor: Date, interval: RecurringInterval | "one_time", intervalCount: number, index: number): BillingPeriod {
  if (interval === "one_time") throw new DomainError("NOT_RECURRING", "A one-time plan has no billing periods.");
  if (!Number.isInteger(intervalCount) || intervalCount < 1) {
    throw new DomainError("INVALID_INTERVAL_COUNT", `intervalCount must be a positive integer, got ${intervalCount}.`);
  }
  if (!Number.isInteger(index) || index < 0) throw new DomainError("INVALID_PERIOD_INDEX", `index must be an integer ≥ 0, got ${index}.`);
  if (Number.isNaN(anchor.getTime())) throw new DomainError("INVALID_ANCHOR", "anchor must be a valid date.");
  return {
    start: addIntervals(anchor, interval, index * intervalCount),
    end: addIntervals(anchor, interval, (index + 1) * intervalCount),
  };
}

/** The index of the period of `anchor`'s cycle that contains `at` (at ≥ anchor). */
export function periodIndexAt(anchor: Date, interval: RecurringInterval, intervalCount: number, at: Date): number {
  if (at.getTime() < anchor.getTime()) return 0;
  // An estimate from the average period length, then corrected: cheap and exact.
  const approxMs = interval === "week" ? 7 * DAY_MS : interval === "month" ? 30.436875 * DAY_MS : 365.2425 * DAY_MS;
  let index = Math.max(0, Math.floor((at.getTime() - anchor.getTime()) / (approxMs * intervalCount)) - 1);
  while (billingPeriod(anchor, interval, intervalCount, index).end.getTime() <= at.getTime()) index += 1;
  while (index > 0 && billingPeriod(anchor, interval, intervalCount, index).start.getTime() > at.getTime()) index -= 1;
  return index;
}

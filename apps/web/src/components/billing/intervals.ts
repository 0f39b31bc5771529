export type PlanInterval = "week" | "month" | "year" | "one_time";

/** "month", "3 months", "one-time": the unit a price is per. */
export function intervalLabel(interval: string, count = 1): string {
  if (interval === "one_time") return "one-time";
  return count === 1 ? interval : `${count} ${interval}s`;
}

/** "/ month" after a price; nothing for one-time prices. */
export function perInterval(interval: string, count = 1): string {
  return interval === "one_time" ? "" : `/ ${intervalLabel(interval, count)}`;
}

/** The pricing page's monthly/yearly switch: weekly and monthly plans are "monthly", one-time plans show in both. */
export function matchesCycle(interval: string, cycle: "monthly" | "yearly"): boolean {
  if (interval === "one_time") return true;
  return cycle === "yearly" ? interval === "year" : interval !== "year";
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function formatDate(value: Date | string | null | undefined): string {
  return value ? dateFormat.format(new Date(value)) : "—";
}

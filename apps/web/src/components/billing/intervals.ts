export type PlanInterval = "week" | "month" | "year" | "one_time";

/** The pricing page's monthly/yearly switch: weekly and monthly plans are "monthly", one-time plans show in both. */
export function matchesCycle(interval: string, cycle: "monthly" | "yearly"): boolean {
  if (interval === "one_time") return true;
  return cycle === "yearly" ? interval === "year" : interval !== "year";
}

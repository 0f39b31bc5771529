export const intervals = [
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
  { value: "year", label: "Yearly" },
  { value: "one_time", label: "One-time" },
] as const;

export type Interval = (typeof intervals)[number]["value"];

/** "Monthly", "Every 3 months", "One-time". */
export function intervalLabel(interval: Interval, count: number): string {
  if (interval === "one_time") return "One-time";
  if (count === 1) return intervals.find((entry) => entry.value === interval)!.label;
  return `Every ${count} ${interval}s`;
}

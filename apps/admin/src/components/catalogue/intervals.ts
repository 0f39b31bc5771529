// Each interval's words are app.catalogue.interval.<value> (and .every, for a count above one).
export const intervals = [{ value: "week" }, { value: "month" }, { value: "year" }, { value: "one_time" }] as const;

export type Interval = (typeof intervals)[number]["value"];

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Monthly", "Every 3 months", "One-time"; `t` reads app.catalogue. */
export function intervalLabel(interval: Interval, count: number, t: Translate): string {
  if (interval === "one_time" || count === 1) return t(`interval.${interval}`);
  return t(`interval.every`, { count, interval });
}

// Dates and times in the page's language; `useFormat` (./use-format) binds them to it.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let format = map.get(locale);
  if (!format) map.set(locale, (format = make()));
  return format;
}

export function formatDateTime(value: Date | string | null | undefined, locale = "en"): string {
  if (!value) return "—";
  return cached(dateTimeFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })).format(new Date(value));
}

/** "3 minutes ago": operators scan recency, the exact time is in the title attribute. */
export function formatRelative(value: Date | string | null | undefined, now: number = Date.now(), locale = "en"): string {
  if (!value) return "—";
  const relative = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  const seconds = Math.round((new Date(value).getTime() - now) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ["second", 60],
    ["minute", 60],
    ["hour", 24],
    ["day", 30],
    ["month", 12],
    ["year", Infinity],
  ];
  let amount = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return relative.format(amount, unit);
    amount = Math.round(amount / size);
  }
  return relative.format(amount, "year");
}

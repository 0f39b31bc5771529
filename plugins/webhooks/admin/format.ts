/** "3 minutes ago": operators scan recency; the exact time goes in the title attribute. */
export function formatRelative(value: Date | string | null | undefined, locale: string, now: number = Date.now()): string {
  if (!value) return "—";
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  let amount = Math.round((new Date(value).getTime() - now) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ["second", 60],
    ["minute", 60],
    ["hour", 24],
    ["day", 30],
    ["month", 12],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return format.format(amount, unit);
    amount = Math.round(amount / size);
  }
  return format.format(amount, "year");
}

export function formatDateTime(value: Date | string | null | undefined, locale: string): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value));
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  return ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(1)} s`;
}

/** Client-side message of a failed tRPC call; the server already strips internals. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object") {
    const fieldErrors = (error as { data?: { fieldErrors?: Record<string, string> } }).data?.fieldErrors;
    if (fieldErrors)
      return Object.entries(fieldErrors)
        .map(([field, message]) => `${field}: ${message}`)
        .join("; ");
    if (error instanceof Error) return error.message;
  }
  return String(error);
}

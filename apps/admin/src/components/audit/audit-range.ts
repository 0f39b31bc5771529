/**
 * The filter form's dates are whole days in the operator's time zone; the API takes instants
 * with an exclusive `to`. "From 3 May to 3 May" therefore means 3 May 00:00 up to 4 May 00:00.
 */
export function dayRange(from: string, to: string): { from?: Date; to?: Date } {
  const start = parseDay(from);
  const end = parseDay(to);
  if (end) end.setDate(end.getDate() + 1);
  return { from: start, to: end };
}

function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Audit `data` is free-form JSON: one line for the table, the full value on demand. */
export function summariseData(data: unknown, max = 120): string {
  if (data === null || data === undefined) return "";
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

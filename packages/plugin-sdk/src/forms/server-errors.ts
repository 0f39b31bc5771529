/**
 * Field-level messages of a failed call: zod issues arrive as `data.fieldErrors` keyed by dotted
 * path (the tRPC errorFormatter); a domain error names its field as "… (field: x.y)." in its message.
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const data = (error as { data?: { fieldErrors?: Record<string, string> } } | null)?.data;
  if (data?.fieldErrors) return data.fieldErrors;
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== "string") return {};
  const field = /\(field: ([\w.]+)\)/.exec(message)?.[1];
  return field ? { [field]: message.replace(/\s*\(field: [\w.]+\)/, "") } : {};
}

export interface ServerErrorSplit {
  /** Messages for fields the form shows, keyed by their path. */
  fields: Record<string, string>;
  /** What the form as a whole must say: errors about fields it doesn't show, or a non-field error. */
  form: string | null;
}

/**
 * Splits a failed call's errors into those a form can show beside its fields and the rest.
 * `shown` lists the form's field paths; an error about any other field is spelled out at form
 * level, since nothing would be highlighted. `fallback` words an error that names no field.
 */
export function splitServerErrors(error: unknown, shown: readonly string[], fallback: (error: unknown) => string): ServerErrorSplit {
  const fields: Record<string, string> = {};
  const hidden: string[] = [];
  const all = Object.entries(serverFieldErrors(error));
  for (const [field, message] of all) {
    if (shown.includes(field)) fields[field] = message;
    else hidden.push(`${field}: ${message}`);
  }
  if (hidden.length > 0) return { fields, form: hidden.join(" ") };
  return { fields, form: all.length > 0 ? null : fallback(error) };
}

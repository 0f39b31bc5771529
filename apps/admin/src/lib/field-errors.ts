/**
 * Field-level messages of a failed mutation: zod issues arrive as `data.fieldErrors` keyed by
 * path (packages/trpc errorFormatter); domain errors name their field as "(field: x)" in the message.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const data = (error as { data?: { fieldErrors?: Record<string, string> } } | null)?.data;
  if (data?.fieldErrors) return data.fieldErrors;
  const message = (error as { message?: unknown } | null)?.message;
  const field = typeof message === "string" ? /\(field: ([\w.]+)\)/.exec(message)?.[1] : undefined;
  return field && typeof message === "string" ? { [field]: message.replace(/\s*\(field: [\w.]+\)/, "") } : {};
}

/**
 * A message for the form as a whole: field errors show inline, so this only covers the rest.
 * `shown`: the fields the form has inputs for; an error about any other field is spelled out here,
 * since nothing would be highlighted.
 */
export function formErrorOf(error: unknown, shown?: readonly string[]): string | null {
  if (!error) return null;
  const fields = Object.entries(fieldErrorsOf(error));
  const hidden = shown ? fields.filter(([field]) => !shown.includes(field)) : [];
  if (hidden.length > 0) return hidden.map(([field, message]) => `${field}: ${message}`).join(" ");
  if (fields.length > 0) return "Check the highlighted fields.";
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && message ? message : "Something went wrong.";
}

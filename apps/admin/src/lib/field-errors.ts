import { serverFieldErrors } from "@tillbox/plugin-sdk/forms";

/** Field-level messages of a failed mutation (the SDK reads both tRPC field maps and "(field: x)" domain errors). */
export const fieldErrorsOf = serverFieldErrors;

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

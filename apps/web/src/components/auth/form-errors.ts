import { TRPCClientError } from "@trpc/client";

/** What the server's errorFormatter adds to every error (packages/trpc/src/init.ts). */
interface ErrorData {
  httpStatus?: number;
  domainCode?: string;
  fieldErrors?: Record<string, string>;
  retryAfterSeconds?: number;
}

function dataOf(error: unknown): ErrorData {
  if (error instanceof TRPCClientError) return (error.data ?? {}) as ErrorData;
  return {};
}

export function rateLimitMessage(seconds: number): string {
  const rounded = Math.max(1, Math.ceil(seconds));
  return `Too many attempts, try again in ${rounded} second${rounded === 1 ? "" : "s"}.`;
}

/** One sentence for the form's alert. Field-level problems are shown at their field instead. */
export function formErrorMessage(error: unknown): string {
  const data = dataOf(error);
  if (data.retryAfterSeconds !== undefined || data.domainCode === "RATE_LIMITED" || data.httpStatus === 429) {
    return rateLimitMessage(data.retryAfterSeconds ?? 60);
  }
  if (data.fieldErrors && Object.keys(data.fieldErrors).length > 0) return "Please check the highlighted fields.";
  if (data.domainCode === "TOKEN_INVALID") return "This link is invalid, has expired or was already used.";
  if (data.httpStatus === 401) return "Your session has ended. Please sign in again.";
  if (error instanceof TRPCClientError && data.httpStatus !== undefined && data.httpStatus < 500) {
    return capitalise(error.message);
  }
  return "Something went wrong. Please try again.";
}

/**
 * The message for one field: zod errors arrive keyed by path, domain errors name the field as
 * their first word ("newPassword must be at least 12 characters"), so both can sit under the input.
 */
export function fieldErrorMessage(error: unknown, field: string): string | null {
  const data = dataOf(error);
  const fromZod = data.fieldErrors?.[field];
  if (fromZod) return capitalise(fromZod);
  if (error instanceof TRPCClientError && error.message.startsWith(`${field} `)) {
    return `${humanise(field)} ${error.message.slice(field.length + 1)}`;
  }
  return null;
}

/** True when the error belongs under one of these fields, so the form alert can stay quiet. */
export function isFieldError(error: unknown, fields: readonly string[]): boolean {
  return fields.some((field) => fieldErrorMessage(error, field) !== null);
}

/** "newPassword" → "New password", "billingAddress.city" → "City": the label the user sees. */
function humanise(field: string): string {
  const last = field.split(".").pop() ?? field;
  return capitalise(last.replace(/([a-z])([A-Z])/g, (_, lower: string, upper: string) => `${lower} ${upper.toLowerCase()}`));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

"use client";

import { MutationCache } from "@tanstack/react-query";
import { isTRPCClientError } from "@trpc/client";
import { englishUi, toast, type Translate } from "@tillbox/ui";

/**
 * What a call site may say about its mutation's toasts, in `meta.toast`:
 *   meta: { toast: { success: "Refunded €12.00." } }   a specific success text
 *   meta: { toast: { success: false } }                errors only (the page shows the result)
 *   meta: { toast: false }                             none (a form shows success and errors inline)
 */
export interface MutationToastOptions {
  success?: string | false;
  error?: false;
}

export interface MutationToastMeta extends Record<string, unknown> {
  toast?: MutationToastOptions | false;
}

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: MutationToastMeta;
  }
}

export interface ToastMessage {
  kind: "success" | "error";
  message: string;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

interface ErrorData {
  httpStatus?: number;
  fieldErrors?: Record<string, string>;
  retryAfterSeconds?: number;
}

/**
 * The text of a failed mutation. Domain and validation errors are written for the user, so the
 * server's message is shown; a 5xx or a network failure says nothing useful, so a plain sentence is.
 */
export function mutationErrorMessage(error: unknown, translate: Translate = englishUi): string {
  if (!isTRPCClientError(error)) return translate("mutationFailed");
  const data = (error.data ?? {}) as ErrorData;
  if (data.retryAfterSeconds !== undefined || data.httpStatus === 429)
    return translate("mutationRateLimited", { seconds: Math.max(1, Math.ceil(data.retryAfterSeconds ?? 60)) });
  const fields = Object.entries(data.fieldErrors ?? {});
  // zod's own message is a dump of every issue; the field and its problem read better.
  if (fields.length > 0) return fields.map(([field, message]) => `${field}: ${message}`).join(" · ");
  if (data.httpStatus === undefined) return translate("mutationOffline");
  if (data.httpStatus >= 500 || !error.message) return translate("mutationFailed");
  return error.message;
}

/** Which toast a settled mutation gets under its meta, if any. */
export function mutationToast(outcome: Outcome, meta: MutationToastMeta | undefined, translate: Translate = englishUi): ToastMessage | null {
  const options = meta?.toast;
  if (options === false) return null;
  if (!outcome.ok) return options?.error === false ? null : { kind: "error", message: mutationErrorMessage(outcome.error, translate) };
  if (options?.success === false) return null;
  return { kind: "success", message: options?.success ?? translate("mutationSucceeded") };
}

function show(message: ToastMessage | null): void {
  if (message) toast[message.kind](message.message);
}

/**
 * The React Query cache that gives every mutation of the app a toast for its result, worded by
 * `translate()` at the time the mutation settles (the page's language may have changed since).
 */
export function createToastingMutationCache(translate: () => Translate = () => englishUi): MutationCache {
  return new MutationCache({
    onSuccess: (_data, _variables, _result, mutation) => show(mutationToast({ ok: true }, mutation.options.meta, translate())),
    onError: (error, _variables, _result, mutation) => show(mutationToast({ ok: false, error }, mutation.options.meta, translate())),
  });
}

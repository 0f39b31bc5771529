import { emptyAllowList, type AllowList } from "./allow-list";
import { postPinned } from "./pinned-post";
import { resolveTarget, systemResolver, type Resolver } from "./resolve-target";
import { responseExcerpt } from "./response-excerpt";
import { SIGNATURE_HEADER, buildSignatureHeader } from "./signature";

export interface OutgoingWebhook {
  url: string;
  body: string;
  eventId: string;
  eventName: string;
  secrets: readonly string[];
  timeoutMs: number;
  /** Internal targets the operator allowed; empty = public addresses only. */
  allowList?: AllowList;
  resolver?: Resolver;
}

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

/**
 * One signed POST. Never throws: a refused target, network errors and timeouts become a failed
 * result for the log. The target is checked again here, not only when the endpoint was saved:
 * DNS answers and the allow-list change, and rows may predate the checks.
 */
export async function sendWebhook(webhook: OutgoingWebhook, now: () => number = Date.now): Promise<SendResult> {
  const started = performance.now();
  const timestamp = Math.floor(now() / 1000);
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(webhook.timeoutMs);
  try {
    const url = new URL(webhook.url);
    const target = await abortable(resolveTarget(url, webhook.allowList ?? emptyAllowList, webhook.resolver ?? systemResolver), signal);
    const response = await postPinned({
      url,
      target,
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Tillbox-Webhooks/1.0",
        "Tillbox-Event-Id": webhook.eventId,
        "Tillbox-Event": webhook.eventName,
        [SIGNATURE_HEADER]: buildSignatureHeader(webhook.secrets, timestamp, webhook.body),
      },
      body: webhook.body,
      signal,
    });
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    return {
      ok,
      statusCode: response.statusCode,
      durationMs: elapsed(),
      error: ok ? null : describeStatus(response.statusCode),
      responseBody: responseExcerpt(response.contentType, response.bodyStart, response.complete),
    };
  } catch (error) {
    return { ok: false, statusCode: null, durationMs: elapsed(), error: describeError(error, webhook.timeoutMs), responseBody: null };
  }
}

// A redirect could send the signed payload somewhere the operator never registered (or inside).
function describeStatus(statusCode: number): string {
  return statusCode >= 300 && statusCode < 400 ? `HTTP ${statusCode} (redirects are not followed)` : `HTTP ${statusCode}`;
}

/** DNS lookups can't be cancelled; the timeout still ends the wait for one. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function describeError(error: unknown, timeoutMs: number): string {
  if (!(error instanceof Error)) return "Unknown error";
  if (error.name === "TimeoutError" || error.name === "AbortError") return `Timed out after ${timeoutMs} ms`;
  if (error instanceof TypeError && "code" in error && error.code === "ERR_INVALID_URL") return "Invalid endpoint URL";
  return error.message;
}

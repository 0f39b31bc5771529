import { SIGNATURE_HEADER, buildSignatureHeader } from "./signature";

export interface OutgoingWebhook {
  url: string;
  body: string;
  eventId: string;
  eventName: string;
  secrets: readonly string[];
  timeoutMs: number;
}

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

const RESPONSE_EXCERPT_CHARS = 2_000;

/** One signed POST. Never throws: network errors and timeouts become a failed result for the log. */
export async function sendWebhook(webhook: OutgoingWebhook, now: () => number = Date.now): Promise<SendResult> {
  const started = performance.now();
  const timestamp = Math.floor(now() / 1000);
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(webhook.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Tillbox-Webhooks/1.0",
        "Tillbox-Event-Id": webhook.eventId,
        "Tillbox-Event": webhook.eventName,
        [SIGNATURE_HEADER]: buildSignatureHeader(webhook.secrets, timestamp, webhook.body),
      },
      body: webhook.body,
      // A redirect could send the signed payload somewhere the operator never registered.
      redirect: "manual",
      signal: AbortSignal.timeout(webhook.timeoutMs),
    });
    const responseBody = await readExcerpt(response);
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      statusCode: response.status,
      durationMs: elapsed(),
      error: ok ? null : `HTTP ${response.status}`,
      responseBody,
    };
  } catch (error) {
    return { ok: false, statusCode: null, durationMs: elapsed(), error: describeError(error, webhook.timeoutMs), responseBody: null };
  }
}

async function readExcerpt(response: Response): Promise<string | null> {
  try {
    const text = await response.text();
    return text.length > RESPONSE_EXCERPT_CHARS ? `${text.slice(0, RESPONSE_EXCERPT_CHARS)}…` : text;
  } catch {
    return null;
  }
}

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") return `Timed out after ${timeoutMs} ms`;
    // undici hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`.
    const cause = (error as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? cause.message : "";
    return detail ? `${error.message}: ${detail}` : error.message;
  }
  return "Unknown error";
}

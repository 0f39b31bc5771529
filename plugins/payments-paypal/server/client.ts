import { paypalEnv, type PaypalEnv } from "./env";

/** A PayPal REST error with its name and first issue (e.g. UNPROCESSABLE_ENTITY / INSTRUMENT_DECLINED). */
export class PaypalApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
    readonly issue: string | null,
    message: string,
  ) {
    super(message);
    this.name = "PaypalApiError";
  }
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

// Access tokens live ~9 h; one per (API base, client id) per process, renewed a minute early.
const tokens = new Map<string, CachedToken>();

export function clearPaypalTokenCache(): void {
  tokens.clear();
}

async function accessToken(env: PaypalEnv): Promise<string> {
  const cacheKey = `${env.apiBase} ${env.clientId}`;
  const cached = tokens.get(cacheKey);
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const response = await fetch(`${env.apiBase}/v1/oauth2/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${env.clientId}:${env.clientSecret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  const json = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error_description?: string };
  if (!response.ok || !json.access_token) {
    throw new PaypalApiError(
      response.status,
      "AUTHENTICATION_FAILURE",
      null,
      `PayPal OAuth failed (${response.status}): ${json.error_description ?? "no token"}. Check PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET.`,
    );
  }
  tokens.set(cacheKey, { token: json.access_token, expiresAt: Date.now() + Math.max(0, (json.expires_in ?? 0) - 60) * 1000 });
  return json.access_token;
}

export interface PaypalRequest {
  method: "GET" | "POST";
  path: string;
  /** A string is sent verbatim (webhook verification must embed the body exactly as received). */
  body?: unknown;
  /** PayPal-Request-Id: PayPal's idempotency key; a retry with it returns the first result. */
  requestId?: string;
}

export type PaypalClient = <T>(request: PaypalRequest) => Promise<T>;

/** fetch-based client: OAuth2 client credentials, JSON in and out, errors as PaypalApiError. */
export function createPaypalClient(getEnv: () => PaypalEnv = paypalEnv): PaypalClient {
  return async <T>(request: PaypalRequest): Promise<T> => {
    const env = getEnv();
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await accessToken(env)}`,
      "Content-Type": "application/json",
      Prefer: "return=representation",
    };
    if (request.requestId) headers["PayPal-Request-Id"] = request.requestId;
    const body = request.body === undefined ? undefined : typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const response = await fetch(`${env.apiBase}${request.path}`, { method: request.method, headers, body });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const details = (json.details as { issue?: string; description?: string }[] | undefined) ?? [];
      const name = typeof json.name === "string" ? json.name : "HTTP_ERROR";
      const message = details[0]?.description ?? (typeof json.message === "string" ? json.message : `PayPal answered ${response.status}`);
      throw new PaypalApiError(response.status, name, details[0]?.issue ?? null, `${name}: ${message}`);
    }
    return json as T;
  };
}

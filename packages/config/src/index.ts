import { z } from "zod";

// Every variable Tillbox reads, with its dev default. .env.example documents the same list.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  TILLBOX_DATA_DIR: z.string().default(".data"),
  TILLBOX_EMBEDDED_DB_PORT: z.coerce.number().int().positive().default(54329),
  TILLBOX_DEFAULT_TENANT: z.string().default("default"),
  /** Host whose subdomains map to tenants through subdomain rules ("acme.<base>"); unset = off. */
  TILLBOX_BASE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/i, 'must be a host name without scheme or port, e.g. "tillbox.localhost"')
    .optional(),
  TILLBOX_RELAY: z.enum(["on", "off"]).default("on"),
  TILLBOX_RELAY_INTERVAL_MS: z.coerce.number().int().positive().default(1000),
  /** `pnpm dev` compiles the main pages in the background once the apps are up; off = on first visit only. */
  TILLBOX_WARM_UP: z.enum(["on", "off"]).default("on"),
  /** Next.js build folder of both apps, relative to each (read by tooling/next); unset = .next. The first-visit benchmark sets its own. */
  TILLBOX_NEXT_DIST_DIR: z.string().optional(),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_BASE_URL: z.string().url().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  WEB_URL: z.string().url().default("http://localhost:3000"),
  ADMIN_URL: z.string().url().default("http://localhost:3001"),
  /** SMTP connection URL (smtp://user:pass@host:587, smtps://…); unset = dev mailbox (refused in production). */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Tillbox <no-reply@localhost>"),
  /** Rate-limit counters shared by every process; unset = per-process memory. */
  REDIS_URL: z.string().url().optional(),
  /**
   * Auth.js signing secret(s), comma-separated: the first signs, all verify (rotation without
   * signing anyone out). Unset outside production = an insecure built-in dev secret; production
   * refuses a missing, default or short one (assertProductionConfig in @tillbox/auth).
   */
  AUTH_SECRET: z.string().optional(),
  /**
   * Keys for secrets stored encrypted (webhook signing secrets), comma-separated 32-byte base64:
   * the first encrypts, all decrypt. Parsed and checked by @tillbox/config/encryption; unset
   * outside production = a built-in development key.
   */
  TILLBOX_ENCRYPTION_KEY: z.string().optional(),
  /** GitHub OAuth app; sign-in with GitHub is offered only when both are set. */
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  /** "true" behind a reverse proxy you trust to set Host/X-Forwarded-Host (always on outside production). */
  AUTH_TRUST_HOST: z.enum(["true", "false"]).optional(),
  /** Requests per minute per client IP on /api/trpc; 0 turns the API limit off. */
  RATE_LIMIT_API_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Reverse proxies in front of the apps that append to X-Forwarded-For; 0 = the socket's peer is the client. */
  TILLBOX_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Largest request body /api/trpc and /api/v1 read, in bytes. */
  TILLBOX_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Largest payment-provider webhook body (/api/webhooks/<provider>), in bytes. */
  TILLBOX_MAX_WEBHOOK_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means unset (`DATABASE_URL= pnpm dev` uses the embedded database).
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(defined);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

const envKeys = Object.keys(envSchema.shape) as (keyof Env)[];
let cached: { fingerprint: string; env: Env } | undefined;

/**
 * Read per call, since tests and the CLI change process.env at runtime; but every request calls
 * it several times, so the parse is redone only when one of our variables changed.
 */
export function getEnv(): Env {
  const fingerprint = envKeys.map((key) => process.env[key] ?? "").join("\u0000");
  if (cached?.fingerprint !== fingerprint) {
    const source: Record<string, string | undefined> = {};
    for (const key of envKeys) source[key] = process.env[key];
    cached = { fingerprint, env: Object.freeze(parseEnv(source)) };
  }
  return cached.env;
}

/**
 * Whether X-Forwarded-Host names the request's host (tenant routing, own-origin checks): only
 * behind a proxy that overwrites it, which AUTH_TRUST_HOST declares; Auth.js applies the same rule.
 */
export function trustsForwardedHost(env: Pick<Env, "AUTH_TRUST_HOST" | "NODE_ENV"> = getEnv()): boolean {
  return env.AUTH_TRUST_HOST === "true" || env.NODE_ENV !== "production";
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

/** Inngest is the transport when its keys are set; otherwise events run in-process. */
export function usesInngest(env: Env = getEnv()): boolean {
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL);
}

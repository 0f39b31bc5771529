import { z } from "zod";
import { isPluginEnabled, readPluginSettings, type Db } from "@tillbox/plugin-sdk";
import { allowListEntrySchema } from "./allow-list";

export const WEBHOOKS_SLUG = "webhooks";

/** Operator-tunable delivery behaviour. No secrets here: endpoint secrets live on the endpoint rows. */
export const webhooksSettingsSchema = z.object({
  timeoutMs: z.number().int().min(1_000).max(30_000).default(10_000).describe("Per-request timeout in milliseconds"),
  maxAttempts: z.number().int().min(1).max(20).default(8).describe("Attempts before a delivery is marked failed"),
  retryBaseSeconds: z.number().int().min(1).max(3_600).default(30).describe("Delay before the first retry; doubles on each retry"),
  retryMaxSeconds: z.number().int().min(60).max(86_400).default(21_600).describe("Upper bound of the retry delay"),
  secretGraceHours: z.number().int().min(0).max(168).default(24).describe("How long a rotated-out secret keeps signing"),
  /** Empty by default: endpoints reach public addresses only (no SSRF into the server's network). */
  allowedInternalTargets: z
    .array(allowListEntrySchema)
    .max(100)
    .default([])
    .describe(
      'Private or internal targets endpoints may use anyway: IP addresses, CIDR ranges ("10.20.0.0/16") or host names ("hooks.corp.internal", "*.corp.internal")',
    ),
});

export type WebhooksSettings = z.output<typeof webhooksSettingsSchema>;

/** Named in error messages, so an operator knows where to allow an internal target. */
export const ALLOW_LIST_SETTING: keyof WebhooksSettings = "allowedInternalTargets";

export const defaultWebhooksSettings: WebhooksSettings = webhooksSettingsSchema.parse({});

/**
 * Settings as stored by the host (plugin_state.settings), read fresh on each use so a change in
 * the admin takes effect without a restart. Invalid stored values fall back to the defaults
 * rather than stopping deliveries.
 */
export function loadWebhooksSettings(db: Db): Promise<WebhooksSettings> {
  return readPluginSettings(db, WEBHOOKS_SLUG, webhooksSettingsSchema);
}

/** The runtime switch: functions re-check it on every run so disabling stops deliveries at once. */
export function isWebhooksEnabled(db: Db): Promise<boolean> {
  return isPluginEnabled(db, WEBHOOKS_SLUG);
}

/** Exponential backoff: base, 2·base, 4·base … capped at retryMaxSeconds. */
export function retryDelaySeconds(attempt: number, settings: WebhooksSettings): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(settings.retryBaseSeconds * 2 ** exponent, settings.retryMaxSeconds);
}

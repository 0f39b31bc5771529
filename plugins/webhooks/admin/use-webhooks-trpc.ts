"use client";

import { usePluginTRPC } from "@tillbox/plugin-sdk/react";
import type { WebhooksRouter } from "../server/router";

/** The "webhooks" namespace of the host's tRPC client, typed by this plugin's router. */
export function useWebhooksTRPC() {
  return usePluginTRPC<WebhooksRouter>("webhooks");
}

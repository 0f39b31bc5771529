"use client";

import { usePluginTRPC } from "@tillbox/plugin-sdk/react";
import type { PaymentsSandboxRouter } from "../server/router";

/** The "paymentsSandbox" namespace of the host's tRPC client, typed by this plugin's router. */
export function useSandboxTRPC() {
  return usePluginTRPC<PaymentsSandboxRouter>("paymentsSandbox");
}

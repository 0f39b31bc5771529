"use client";

import { usePluginTRPC } from "@tillbox/plugin-sdk/react";
import type { {{PascalName}}Router } from "../server/router";

/** The "{{camelName}}" namespace of the host's tRPC client, typed by this plugin's router. */
export function use{{PascalName}}TRPC() {
  return usePluginTRPC<{{PascalName}}Router>("{{camelName}}");
}

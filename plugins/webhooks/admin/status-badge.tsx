"use client";

import { Badge } from "@tillbox/plugin-sdk/ui";
import type { DeliveryStatus } from "./types";
import type { Translate } from "@tillbox/plugin-sdk/ui";

const variants = { pending: "warning", succeeded: "success", failed: "destructive" } as const;
const labels = { pending: "statusPending", succeeded: "statusSucceeded", failed: "statusFailed" } as const;

export function DeliveryStatusBadge({ status, t }: { status: DeliveryStatus; t: Translate }) {
  return <Badge variant={variants[status]}>{t(labels[status])}</Badge>;
}

/** HTTP status in traffic-light colours: 2xx green, 4xx amber, 5xx or none red. */
export function ResponseCode({ code }: { code: number | null }) {
  if (code === null) return <span className="font-mono text-xs text-destructive">ERR</span>;
  const tone = code < 300 ? "text-success" : code < 500 ? "text-warning" : "text-destructive";
  return <span className={`font-mono text-xs font-medium ${tone}`}>{code}</span>;
}

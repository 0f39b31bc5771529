"use client";

import { PageSlot } from "@tillbox/ui/slot";
import { notFound } from "next/navigation";

/** Slot components may use hooks, so the registry lookup happens on the client side. */
export function PluginPage({ plugin, segments }: { plugin: string; segments: string[] }) {
  return <PageSlot plugin={plugin} segments={segments} fallback={<NotFound />} />;
}

function NotFound(): never {
  notFound();
}

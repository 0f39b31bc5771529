"use client";

import { PageHeader } from "@tillbox/ui";
import { useMessages } from "~/lib/messages";

export function SettingsHeader() {
  const { t } = useMessages();
  return <PageHeader title={t("billingSettings")} description={t("billingSettingsDescription")} />;
}

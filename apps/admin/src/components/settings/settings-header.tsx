"use client";

import { PageHeader } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function SettingsHeader() {
  const { t } = useMessages("app");
  return <PageHeader title={t("billingSettings")} description={t("billingSettingsDescription")} />;
}

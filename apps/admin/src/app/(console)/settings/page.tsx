import type { Metadata } from "next";
import { BillingSettingsForm } from "~/components/settings/billing-settings-form";
import { SettingsHeader } from "~/components/settings/settings-header";

export const metadata: Metadata = { title: "Billing settings" };

export default function SettingsPage() {
  return (
    <>
      <SettingsHeader />
      <BillingSettingsForm />
    </>
  );
}

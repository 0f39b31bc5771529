import type { Metadata } from "next";
import { BillingSettingsForm } from "~/components/settings/billing-settings-form";
import { SettingsHeader } from "~/components/settings/settings-header";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("billingSettings") };
}

export default function SettingsPage() {
  return (
    <>
      <SettingsHeader />
      <BillingSettingsForm />
    </>
  );
}

import type { Metadata } from "next";
import { PaymentReturn } from "~/components/billing/checkout/payment-return";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("finishingYourPayment") };
}

/** The returnUrl checkout gives providers; /account/* is behind the sign-in proxy. */
export default function PaymentReturnPage() {
  const { t } = useMessages("app.account");
  return (
    <div className="mx-auto max-w-xl px-6 py-16">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t("finishingYourPayment")}</h1>
      <PaymentReturn />
    </div>
  );
}

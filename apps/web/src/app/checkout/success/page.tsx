import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { FormAlert } from "~/components/auth/form-alert";
import { CheckoutSuccess } from "~/components/billing/checkout/checkout-success";
import { signInRedirect } from "~/components/billing/sign-in-redirect";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("orderComplete") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CheckoutSuccessPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("app.checkout");
  const params = await searchParams;
  const session = await auth();
  if (!session?.claims) redirect(signInRedirect("/checkout/success", params));
  const invoiceId = typeof params.invoice === "string" ? params.invoice : null;
  return (
    <div className="mx-auto max-w-xl px-6 py-16">
      {invoiceId && /^[0-9a-f-]{36}$/i.test(invoiceId) ? <CheckoutSuccess invoiceId={invoiceId} /> : <FormAlert>{t("thisLinkNamesNoOrder")}</FormAlert>}
    </div>
  );
}

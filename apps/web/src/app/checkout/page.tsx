import { Button } from "@tillbox/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { FormAlert } from "~/components/auth/form-alert";
import { cartFromQuery, type QueryValue } from "~/components/billing/checkout/cart-from-query";
import { CheckoutCart } from "~/components/billing/checkout/checkout-cart";
import { signInRedirect } from "~/components/billing/sign-in-redirect";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("checkout") };
}

type SearchParams = Promise<Record<string, QueryValue>>;

export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("app.checkout");
  const params = await searchParams;
  const session = await auth();
  if (!session?.claims) redirect(signInRedirect("/checkout", params));
  const parsed = cartFromQuery(params);
  return (
    <div className="mx-auto max-w-5xl px-6 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">{t("checkout")}</h1>
      <div className="mt-8">
        {parsed.ok ? (
          <CheckoutCart cart={parsed.cart} />
        ) : (
          <div className="grid justify-items-start gap-4">
            <FormAlert>{parsed.error}</FormAlert>
            <Button asChild variant="outline">
              <Link href="/pricing">{t("seePlansAndPrices")}</Link>
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}

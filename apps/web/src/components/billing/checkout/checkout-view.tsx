"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { formatMoney } from "@tillbox/core/money";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Skeleton } from "@tillbox/ui";
import { Loader2, Lock } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC, useTRPCClient } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import type { CartInput } from "../types";
import { followOutcome } from "./follow-outcome";
import { OrderSummary } from "./order-summary";
import { ProviderPicker } from "./provider-picker";
import { useIdempotencyKey } from "./use-idempotency-key";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Prices the cart (billing.checkout.preview), offers the providers and checks out with an Idempotency-Key. */
export function CheckoutView({ cart }: { cart: CartInput }) {
  const { t, locale } = useMessages("app.checkout");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  // The preview is a mutation (POST with a body) that writes nothing; read it like a query.
  const preview = useQuery({ queryKey: ["billing.checkout.preview", cart], queryFn: () => client.billing.checkout.preview.mutate(cart) });
  const providers = useQuery(trpc.billing.checkout.providers.queryOptions({ currency: cart.currency }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const provider = chosen ?? providers.data?.[0]?.key ?? null;
  const idempotency = useIdempotencyKey(JSON.stringify({ cart, provider }));
  const create = useMutation(trpc.billing.checkout.create.mutationOptions({ meta: { toast: false } }));

  async function submit() {
    setFailure(null);
    const result = await create.mutateAsync({ ...cart, provider: provider ?? undefined, idempotencyKey: idempotency.current() }).catch(() => null);
    if (!result) return; // Shown from create.error; the key stays for the retry.
    idempotency.finished();
    if (!followOutcome(result, setFailure)) return;
    router.push(`/checkout/success?invoice=${result.invoiceId}`);
  }

  if (preview.isPending) return <Skeleton className="h-72 w-full" aria-label={t("pricingYourOrder")} />;
  if (preview.isError) {
    return (
      <FormAlert>
        {formErrorMessage(preview.error)}{" "}
        <Link href="/account/billing" className="font-medium underline underline-offset-4">
          {t("yourSubscriptions")}
        </Link>{" "}
        ·{" "}
        <Link href="/pricing" className="font-medium underline underline-offset-4">
          {t("pricing")}
        </Link>
      </FormAlert>
    );
  }
  const summary = preview.data;
  const free = summary.total === 0;
  const noProvider = providers.isSuccess && providers.data.length === 0;
  const busy = create.isPending || (create.isSuccess && !failure);
  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <Card>
        <CardHeader>
          <CardTitle>{t("yourOrder")}</CardTitle>
          <CardDescription>Amounts in {summary.currency}. Tax follows the country in your profile.</CardDescription>
        </CardHeader>
        <CardContent>
          <OrderSummary summary={summary} totalLabel={free ? t("dueToday") : t("total")} />
        </CardContent>
      </Card>
      <Card className="h-fit">
        <CardHeader>
          <CardTitle>{t("payment")}</CardTitle>
          <CardDescription>{free ? t("nothingIsChargedToday") : t("youConfirmThePaymentWith")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {providers.isPending ? <Skeleton className="h-20 w-full" /> : null}
          {providers.data && providers.data.length > 0 ? (
            <ProviderPicker providers={providers.data} value={provider} onChange={setChosen} disabled={busy} />
          ) : null}
          {noProvider && !free ? (
            <FormAlert>No payment method is available for your country and {summary.currency}. Set your country in your profile or contact us.</FormAlert>
          ) : null}
          {create.error ? <FormAlert>{formErrorMessage(create.error)}</FormAlert> : null}
          {failure ? <FormAlert>{failure}</FormAlert> : null}
          <Button size="lg" onClick={() => void submit()} disabled={busy || (!free && !provider)}>
            {busy ? <Loader2 className="animate-spin" aria-hidden /> : <Lock aria-hidden />}
            {free ? t("confirmOrder") : t("payAmount", { amount: formatMoney(summary.total, summary.currency, locale) })}
          </Button>
        </CardContent>
      </Card>
    </div>
  );
}

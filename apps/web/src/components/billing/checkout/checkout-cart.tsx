"use client";

import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "@tillbox/ui";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import type { QueryCart } from "./cart-from-query";
import { CheckoutView } from "./checkout-view";

/** A link without ?currency= buys in the shop's default currency (the public catalogue's). */
export function CheckoutCart({ cart }: { cart: QueryCart }) {
  const trpc = useTRPC();
  const fallback = useQuery({ ...trpc.billing.catalogue.plans.queryOptions(), enabled: cart.currency === null });
  const currency = cart.currency ?? fallback.data?.currency;
  if (currency) return <CheckoutView cart={{ currency, items: cart.items }} />;
  if (fallback.isError) return <FormAlert>{formErrorMessage(fallback.error)}</FormAlert>;
  return <Skeleton className="h-72 w-full" />;
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "@tillbox/ui";
import { Coins } from "lucide-react";
import { useTRPC } from "~/lib/trpc";
import { AccountSection } from "../../account/account-section";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { BundleList } from "../pricing/bundle-list";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useBillingFormat } from "../use-billing-format";
import { LedgerList } from "./ledger-list";

/** Token balance, the latest ledger entries and bundles to top up with. */
export function WalletSection() {
  const trpc = useTRPC();
  const { t } = useMessages("app.billing");
  const format = useBillingFormat();
  const ledger = useQuery(trpc.billing.wallet.ledger.queryOptions({ limit: 10 }));
  const catalogue = useQuery(trpc.billing.catalogue.plans.queryOptions());
  return (
    <AccountSection id="tokens" title={t("tokensTitle")} description={t("tokensDescription")}>
      <div className="grid gap-6">
        {ledger.isPending ? <Skeleton className="h-24 w-full" /> : null}
        {ledger.isError ? <FormAlert>{formErrorMessage(ledger.error)}</FormAlert> : null}
        {ledger.data ? (
          <>
            <p className="flex items-center gap-3">
              <Coins className="size-6 text-primary" aria-hidden />
              <span className="text-3xl font-semibold tabular-nums" data-testid="token-balance">
                {format.number(ledger.data.balance)}
              </span>
              <span className="text-sm text-muted-foreground">{t("tokensAvailable")}</span>
            </p>
            <LedgerList entries={ledger.data.entries} />
          </>
        ) : null}
        {catalogue.data && catalogue.data.bundles.length > 0 ? (
          <div className="grid gap-3">
            <h3 className="text-sm font-medium">{t("buyTokens")}</h3>
            <BundleList bundles={catalogue.data.bundles} currency={catalogue.data.currency} />
          </div>
        ) : null}
      </div>
    </AccountSection>
  );
}

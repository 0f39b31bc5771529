"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatPercent } from "@tillbox/core/money";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Alert, AlertDescription, Badge, Button } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { Percent } from "lucide-react";
import { useMemo } from "react";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { TaxRateForm } from "./tax-rate-form";

type TaxRateRow = RouterOutputs["billing"]["catalogue"]["admin"]["taxRates"]["list"][number];

/** Issued invoices copy the rate onto their lines, so switching a rate only affects new ones. */
export function TaxRatesTable() {
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const rates = useQuery({ ...trpc.billing.catalogue.admin.taxRates.list.queryOptions(), select: (items) => ({ items }) });
  const countries = useQuery(trpc.billing.catalogue.admin.countries.list.queryOptions());
  const update = useMutation(
    trpc.billing.catalogue.admin.taxRates.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.admin.taxRates.pathKey() }),
    }),
  );
  const editable = can("billing.catalogue.admin.taxRates.update");

  const columns = useMemo<DataTableColumn<TaxRateRow>[]>(() => {
    const country = (code: string) => countries.data?.find((known) => known.code === code);
    return [
      {
        id: "country",
        header: t("country"),
        cell: (rate) => (
          <>
            {country(rate.country)?.name ?? rate.country} <span className="font-mono text-xs text-muted-foreground">{rate.country}</span>
            {country(rate.country)?.euMember ? (
              <Badge variant="outline" className="ml-2">
                {t("eu")}
              </Badge>
            ) : null}
          </>
        ),
      },
      { id: "name", header: t("name"), cell: (rate) => rate.name },
      { id: "rate", header: t("rate"), cell: (rate) => `${formatPercent(rate.rateMillipercent)} %` },
      { id: "prices", header: t("prices"), cell: (rate) => (rate.inclusive ? t("taxIncluded") : t("taxAdded")) },
      {
        id: "status",
        header: t("status"),
        cell: (rate) => <Badge variant={rate.active ? "success" : "secondary"}>{rate.active ? t("rateActive") : t("rateInactive")}</Badge>,
      },
      {
        id: "action",
        header: t("action"),
        className: "text-right",
        cell: (rate) =>
          editable ? (
            <Button size="sm" variant="outline" disabled={update.isPending} onClick={() => update.mutate({ id: rate.id, active: !rate.active })}>
              {rate.active ? t("deactivate") : t("activate")}
            </Button>
          ) : null,
      },
    ];
  }, [t, countries.data, editable, update]);

  return (
    <DataTable
      testId="tax-rates-table"
      title={t("rates")}
      description={t("inclusiveRatesAreContainedIn")}
      toolbar={
        <div className="grid w-full gap-4">
          {can("billing.catalogue.admin.taxRates.create") ? <TaxRateForm countries={countries.data ?? []} /> : null}
          {update.error ? (
            <Alert variant="destructive">
              <AlertDescription>{errorMessage(update.error)}</AlertDescription>
            </Alert>
          ) : null}
        </div>
      }
      columns={columns}
      query={rates}
      formatError={(error) => `${t("couldNotLoadTaxRates")}: ${String(errorMessage(error))}`}
      empty={{ icon: <Percent />, title: t("noTaxRates"), description: t("noTaxRatesExplained") }}
      getRowId={(rate) => rate.id}
    />
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatPercent } from "@tillbox/core/money";
import { Alert, AlertDescription, Badge, Button, Card, CardDescription, CardHeader, CardTitle, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { TaxRateForm } from "./tax-rate-form";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Issued invoices copy the rate onto their lines, so switching a rate only affects new ones. */
export function TaxRatesTable() {
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const rates = useQuery(trpc.billing.catalogue.admin.taxRates.list.queryOptions());
  const countries = useQuery(trpc.billing.catalogue.admin.countries.list.queryOptions());
  const update = useMutation(
    trpc.billing.catalogue.admin.taxRates.update.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.admin.taxRates.pathKey() }) }),
  );

  const countryName = (code: string) => countries.data?.find((country) => country.code === code)?.name ?? code;
  const euMember = (code: string) => countries.data?.find((country) => country.code === code)?.euMember ?? false;
  const editable = can("billing.catalogue.admin.taxRates.update");
  return (
    <QueryStates query={rates} formatError={errorMessage} skeletonClassName="h-48 w-full" errorTitle={t("couldNotLoadTaxRates")} errorHidesData>
      {(data) => (
        <Card className="gap-0 pb-0">
          <CardHeader className="pb-4">
            <CardTitle>{t("rates")}</CardTitle>
            <CardDescription>{t("inclusiveRatesAreContainedIn")}</CardDescription>
          </CardHeader>
          {can("billing.catalogue.admin.taxRates.create") ? <TaxRateForm countries={countries.data ?? []} /> : null}
          {update.error ? (
            <Alert variant="destructive" className="mx-6 mb-4 w-auto">
              <AlertDescription>{errorMessage(update.error)}</AlertDescription>
            </Alert>
          ) : null}
          <Table data-testid="tax-rates-table">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("country")}</TableHead>
                <TableHead>{t("name")}</TableHead>
                <TableHead>{t("rate")}</TableHead>
                <TableHead>{t("prices")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead className="pr-6 text-right">{t("action")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((rate) => (
                <TableRow key={rate.id}>
                  <TableCell className="pl-6">
                    {countryName(rate.country)} <span className="font-mono text-xs text-muted-foreground">{rate.country}</span>
                    {euMember(rate.country) ? <Badge variant="outline" className="ml-2">{t("eu")}</Badge> : null}
                  </TableCell>
                  <TableCell>{rate.name}</TableCell>
                  <TableCell>{formatPercent(rate.rateMillipercent)} %</TableCell>
                  <TableCell>{rate.inclusive ? "include tax" : "tax added"}</TableCell>
                  <TableCell>
                    <Badge variant={rate.active ? "success" : "secondary"}>{rate.active ? "active" : "inactive"}</Badge>
                  </TableCell>
                  <TableCell className="pr-6 text-right">
                    {editable ? (
                      <Button size="sm" variant="outline" disabled={update.isPending} onClick={() => update.mutate({ id: rate.id, active: !rate.active })}>
                        {rate.active ? t("deactivate") : t("activate")}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </QueryStates>
  );
}

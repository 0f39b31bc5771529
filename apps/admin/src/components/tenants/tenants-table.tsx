"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Input, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { type FormEvent } from "react";
import { useCan } from "~/components/auth/access";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

export function TenantsTable() {
  const { formatDateTime } = useFormat();
  const { t } = useMessages("app.tenants");
  const trpc = useTRPC();
  const can = useCan();
  const tenants = useQuery(trpc.tenants.list.queryOptions());
  const routes = useQuery(trpc.tenants.routes.list.queryOptions({}));

  const count = (tenantId: string) => routes.data?.filter((route) => route.tenantId === tenantId).length ?? 0;
  return (
    <QueryStates query={tenants} formatError={errorMessage} skeletonClassName="h-40 w-full" errorTitle={t("couldNotLoadTenants")} errorHidesData>
      {(data) => (
        <Card className="gap-0 pb-0">
          <CardHeader className="pb-4">
            <CardTitle>{t("tenants")}</CardTitle>
            <CardDescription>{t("eachTenantHasItsOwn")}</CardDescription>
          </CardHeader>
          {can("tenants.create") ? <CreateTenantForm /> : null}
          <Table data-testid="tenants-table">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("name")}</TableHead>
                <TableHead>{t("slug")}</TableHead>
                <TableHead>{t("id")}</TableHead>
                <TableHead>{t("rules")}</TableHead>
                <TableHead className="pr-6">{t("created")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((tenant) => (
                <TableRow key={tenant.id}>
                  <TableCell className="pl-6 font-medium">{tenant.name}</TableCell>
                  <TableCell className="font-mono text-xs">{tenant.slug}</TableCell>
                  <TableCell className="font-mono text-xs text-muted-foreground">{tenant.id}</TableCell>
                  <TableCell>{count(tenant.id)}</TableCell>
                  <TableCell className="pr-6 text-muted-foreground">{formatDateTime(tenant.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </QueryStates>
  );
}

function CreateTenantForm() {
  const { t } = useMessages("app.tenants");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.tenants.create.mutationOptions({ meta: { toast: { error: false } }, onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.tenants.pathKey() }) }),
  );
  const errors = fieldErrorsOf(create.error);
  // Tenant service errors start with the field name ("slug: …").
  const message = create.error ? errorMessage(create.error) : "";
  const slugError = errors.slug ?? (message.startsWith("slug:") ? message.slice(5).trim() : undefined);
  const nameError = errors.name ?? (message.startsWith("name:") ? message.slice(5).trim() : undefined);
  const formError = slugError || nameError ? null : formErrorOf(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    create.mutate({ slug: String(data.get("slug") ?? ""), name: String(data.get("name") ?? "") }, { onSuccess: () => form.reset() });
  }

  return (
    <CardContent className="pb-4">
      <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-3" aria-label={t("newTenant")}>
        <Field id="tenant-name" label={t("name")} error={nameError} className="min-w-48 flex-1">
          <Input id="tenant-name" name="name" required maxLength={120} {...fieldDescribedBy("tenant-name", { error: nameError })} />
        </Field>
        <Field id="tenant-slug" label={t("slug")} error={slugError} className="min-w-48 flex-1">
          <Input id="tenant-slug" name="slug" required className="font-mono" {...fieldDescribedBy("tenant-slug", { error: slugError })} />
        </Field>
        <Button type="submit" className="mt-[1.375rem]" disabled={create.isPending}>
          {create.isPending ? t("creating") : t("createTenant")}
        </Button>
      </form>
      {formError ? (
        <Alert variant="destructive" className="mt-3">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
    </CardContent>
  );
}

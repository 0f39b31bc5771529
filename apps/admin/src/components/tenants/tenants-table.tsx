"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Input } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Building2 } from "lucide-react";
import { useMemo, type FormEvent } from "react";
import { useCan } from "~/components/auth/access";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

type TenantRow = RouterOutputs["tenants"]["list"][number];

export function TenantsTable() {
  const { formatDateTime } = useFormat();
  const { t } = useMessages("app.tenants");
  const trpc = useTRPC();
  const can = useCan();
  const tenants = useQuery({ ...trpc.tenants.list.queryOptions(), select: (items) => ({ items }) });
  const routes = useQuery(trpc.tenants.routes.list.queryOptions({}));
  const columns = useMemo<DataTableColumn<TenantRow>[]>(() => {
    const count = (tenantId: string) => routes.data?.filter((route) => route.tenantId === tenantId).length ?? 0;
    return [
      { id: "name", header: t("name"), className: "font-medium", cell: (tenant) => tenant.name },
      { id: "slug", header: t("slug"), className: "font-mono text-xs", cell: (tenant) => tenant.slug },
      { id: "id", header: t("id"), className: "font-mono text-xs text-muted-foreground", cell: (tenant) => tenant.id },
      { id: "rules", header: t("rules"), cell: (tenant) => count(tenant.id) },
      { id: "created", header: t("created"), className: "text-muted-foreground", cell: (tenant) => formatDateTime(tenant.createdAt) },
    ];
  }, [t, routes.data, formatDateTime]);

  return (
    <DataTable
      testId="tenants-table"
      title={t("tenants")}
      description={t("eachTenantHasItsOwn")}
      toolbar={can("tenants.create") ? <CreateTenantForm /> : null}
      columns={columns}
      query={tenants}
      formatError={errorMessage}
      empty={{ icon: <Building2 />, title: t("tenants") }}
      getRowId={(tenant) => tenant.id}
    />
  );
}

function CreateTenantForm() {
  const { t } = useMessages("app.tenants");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.tenants.create.mutationOptions({
      meta: { toast: { error: false } },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.tenants.pathKey() }),
    }),
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
    <div className="w-full">
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
    </div>
  );
}

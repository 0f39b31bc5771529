"use client";

import { Input, Label } from "@tillbox/ui";
import { NativeSelect } from "@tillbox/ui/input";
import { useEffect, useState } from "react";
import { useCan } from "~/components/auth/access";
import { CustomerFilter } from "./customer-filter";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface InvoiceFilterValues {
  status: string;
  userId: string;
  search: string;
}

export const invoiceStatuses = ["open", "paid", "void", "uncollectible", "draft"] as const;

export function InvoiceFilters({ values, onChange }: { values: InvoiceFilterValues; onChange: (changes: Partial<InvoiceFilterValues>) => void }) {
  const { t } = useMessages("app.invoices");
  const can = useCan();
  const [search, setSearch] = useState(values.search);
  useEffect(() => setSearch(values.search), [values.search]);
  useEffect(() => {
    if (search === values.search) return;
    const timer = setTimeout(() => onChange({ search }), 300);
    return () => clearTimeout(timer);
  }, [search, values.search, onChange]);

  return (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <div className="grid gap-1.5">
        <Label htmlFor="invoice-number">{t("number")}</Label>
        <Input
          id="invoice-number"
          type="search"
          placeholder={t("inv2026000001")}
          className="w-44"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="invoice-status">{t("status")}</Label>
        <NativeSelect id="invoice-status" value={values.status} onChange={(event) => onChange({ status: event.target.value })} className="w-40">
          <option value="">{t("anyStatus")}</option>
          {invoiceStatuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </NativeSelect>
      </div>
      <CustomerFilter userId={values.userId} onChange={(userId) => onChange({ userId })} canSearch={can("users.list")} />
    </div>
  );
}

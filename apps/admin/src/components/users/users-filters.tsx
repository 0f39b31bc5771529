"use client";

import { useQuery } from "@tanstack/react-query";
import { Input, Label } from "@tillbox/ui";
import { NativeSelect } from "@tillbox/ui/input";
import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import { useCan } from "~/components/auth/access";
import { useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface UserFilters {
  search: string;
  status: string;
  role: string;
}

/** Search is debounced: typing shouldn't fire a query (and a URL change) per keystroke. */
export function UsersFilters({ values, onChange }: { values: UserFilters; onChange: (changes: Partial<UserFilters>) => void }) {
  const { t } = useMessages("app.users");
  const trpc = useTRPC();
  const can = useCan();
  const roles = useQuery({ ...trpc.roles.list.queryOptions(), enabled: can("roles.list") });
  const [search, setSearch] = useState(values.search);

  useEffect(() => setSearch(values.search), [values.search]);
  useEffect(() => {
    if (search === values.search) return;
    const timer = setTimeout(() => onChange({ search }), 300);
    return () => clearTimeout(timer);
  }, [search, values.search, onChange]);

  return (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <div className="grid min-w-64 flex-1 gap-1.5">
        <Label htmlFor="user-search">{t("search")}</Label>
        <div className="relative">
          <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id="user-search"
            type="search"
            placeholder={t("emailOrName")}
            className="pl-8"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="user-status">{t("status")}</Label>
        <NativeSelect id="user-status" value={values.status} onChange={(event) => onChange({ status: event.target.value })} className="w-40">
          <option value="">{t("activeAndSuspended")}</option>
          <option value="active">{t("active")}</option>
          <option value="suspended">{t("suspended")}</option>
          <option value="deleted">{t("deleted")}</option>
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="user-role">{t("role")}</Label>
        <NativeSelect id="user-role" value={values.role} onChange={(event) => onChange({ role: event.target.value })} className="w-44">
          <option value="">{t("anyRole")}</option>
          {(roles.data ?? []).map((role) => (
            <option key={role.id} value={role.key}>
              {role.name}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );
}

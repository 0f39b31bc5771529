"use client";

import { useQuery } from "@tanstack/react-query";
import { Button, Input, Label } from "@tillbox/ui";
import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Filter by customer: type an email or name, pick the user; the list filters by their id (in the URL). */
export function CustomerFilter({ userId, onChange, canSearch }: { userId: string; onChange: (userId: string) => void; canSearch: boolean }) {
  const { t } = useMessages("app.invoices");
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const selected = useQuery({ ...trpc.users.get.queryOptions({ userId }), enabled: Boolean(userId) && canSearch });
  const matches = useQuery({ ...trpc.users.list.queryOptions({ search, page: 1, pageSize: 6 }), enabled: search.length >= 2 && canSearch && !userId });

  if (userId) {
    return (
      <div className="grid gap-1.5">
        <Label>{t("customer")}</Label>
        <div className="flex h-9 items-center gap-2 rounded-md border border-border px-3 text-sm">
          <span className="max-w-64 truncate">{selected.data?.email ?? userId}</span>
          <Button variant="ghost" size="icon" className="size-6" aria-label={t("clearCustomerFilter")} onClick={() => onChange("")}>
            <X aria-hidden />
          </Button>
        </div>
      </div>
    );
  }
  if (!canSearch) return null;
  return (
    <div className="relative grid min-w-64 gap-1.5">
      <Label htmlFor="customer-search">{t("customer")}</Label>
      <Input
        id="customer-search"
        type="search"
        placeholder={t("emailOrName")}
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
      />
      {matches.data && search.length >= 2 ? (
        <ul
          className="absolute top-full z-10 mt-1 grid w-full rounded-md border border-border bg-popover p-1 text-sm shadow-md"
          aria-label={t("matchingCustomers")}
        >
          {matches.data.items.length === 0 ? <li className="px-2 py-1.5 text-muted-foreground">{t("noMatch")}</li> : null}
          {matches.data.items.map((user) => (
            <li key={user.id}>
              <button type="button" className="w-full rounded-sm px-2 py-1.5 text-left hover:bg-accent" onClick={() => (setText(""), onChange(user.id))}>
                {user.email}
                {user.name ? <span className="text-muted-foreground"> · {user.name}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

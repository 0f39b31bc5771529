"use client";

import { Button, Input, Label, NativeSelect } from "@tillbox/ui";
import { useEffect, useState, type FormEvent } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface AuditFilterValues {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

const targetTypes = ["user", "role", "api_key", "tenant", "tenant_route", "plugin"];

/** Applied on submit (not per keystroke): audit queries count every matching row. */
export function AuditFilters({ values, onApply }: { values: AuditFilterValues; onApply: (values: AuditFilterValues) => void }) {
  const { t } = useMessages("app.audit");
  const [draft, setDraft] = useState(values);
  useEffect(() => setDraft(values), [values]);
  const set = (key: keyof AuditFilterValues) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value }));
  const empty: AuditFilterValues = { actorId: "", action: "", targetType: "", targetId: "", from: "", to: "" };

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form onSubmit={submit} role="search" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-action">{t("actionStartsWith")}</Label>
        <Input id="audit-action" placeholder="user. or role.scopes" value={draft.action} onChange={set("action")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-target-type">{t("targetType")}</Label>
        <NativeSelect id="audit-target-type" value={draft.targetType} onChange={set("targetType")}>
          <option value="">{t("any")}</option>
          {[...new Set([...targetTypes, draft.targetType].filter(Boolean))].map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5 lg:col-span-3">
        <Label htmlFor="audit-target-id">{t("targetId")}</Label>
        <Input id="audit-target-id" className="font-mono" value={draft.targetId} onChange={set("targetId")} />
      </div>
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-actor">{t("actorId")}</Label>
        <Input id="audit-actor" className="font-mono" placeholder={t("aUserIdClickAn")} value={draft.actorId} onChange={set("actorId")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-from">{t("from")}</Label>
        <Input id="audit-from" type="date" value={draft.from} onChange={set("from")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-to">{t("toInclusive")}</Label>
        <Input id="audit-to" type="date" value={draft.to} onChange={set("to")} />
      </div>
      <div className="flex gap-2 lg:col-span-2">
        <Button type="submit">{t("applyFilters")}</Button>
        <Button type="button" variant="ghost" onClick={() => (setDraft(empty), onApply(empty))}>
          {t("clear")}
        </Button>
      </div>
    </form>
  );
}

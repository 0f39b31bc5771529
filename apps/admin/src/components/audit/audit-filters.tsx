"use client";

import { Button, Input, Label, NativeSelect } from "@tillbox/ui";
import { useEffect, useState, type FormEvent } from "react";

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
        <Label htmlFor="audit-action">Action starts with</Label>
        <Input id="audit-action" placeholder="user. or role.scopes" value={draft.action} onChange={set("action")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-target-type">Target type</Label>
        <NativeSelect id="audit-target-type" value={draft.targetType} onChange={set("targetType")}>
          <option value="">Any</option>
          {[...new Set([...targetTypes, draft.targetType].filter(Boolean))].map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5 lg:col-span-3">
        <Label htmlFor="audit-target-id">Target id</Label>
        <Input id="audit-target-id" className="font-mono" value={draft.targetId} onChange={set("targetId")} />
      </div>
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-actor">Actor id</Label>
        <Input id="audit-actor" className="font-mono" placeholder="A user id (click an actor below)" value={draft.actorId} onChange={set("actorId")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-from">From</Label>
        <Input id="audit-from" type="date" value={draft.from} onChange={set("from")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-to">To (inclusive)</Label>
        <Input id="audit-to" type="date" value={draft.to} onChange={set("to")} />
      </div>
      <div className="flex gap-2 lg:col-span-2">
        <Button type="submit">Apply filters</Button>
        <Button type="button" variant="ghost" onClick={() => (setDraft(empty), onApply(empty))}>
          Clear
        </Button>
      </div>
    </form>
  );
}

"use client";

import { Label } from "@tillbox/ui";
import { NativeSelect } from "@tillbox/ui/input";
import { issueKindLabel, issueKinds } from "./issue-kinds";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface PaymentIssueFilterValues {
  status: string;
  kind: string;
}

/** Open is the default (no "status" in the URL): the queue an operator works through. */
export function PaymentIssueFilters({
  values,
  onChange,
}: {
  values: PaymentIssueFilterValues;
  onChange: (changes: Partial<PaymentIssueFilterValues>) => void;
}) {
  const { t } = useMessages("app.paymentIssues");
  return (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <div className="grid gap-1.5">
        <Label htmlFor="issue-status">{t("status")}</Label>
        <NativeSelect
          id="issue-status"
          value={values.status === "resolved" ? "resolved" : ""}
          onChange={(event) => onChange({ status: event.target.value })}
          className="w-36"
        >
          <option value="">{t("open")}</option>
          <option value="resolved">{t("resolved")}</option>
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="issue-kind">{t("kind")}</Label>
        <NativeSelect id="issue-kind" value={values.kind} onChange={(event) => onChange({ kind: event.target.value })} className="w-48">
          <option value="">{t("anyKind")}</option>
          {issueKinds.map((kind) => (
            <option key={kind} value={kind}>
              {issueKindLabel(kind, t)}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );
}

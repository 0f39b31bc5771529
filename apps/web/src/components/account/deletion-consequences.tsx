import { FileText, ShieldCheck } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * What deletion does, in the words of the core's deleteAccount: invoices must stay unaltered for
 * the legal retention period, so the account is anonymised instead of erased.
 */
export function DeletionConsequences({ compact = false, done = false }: { compact?: boolean; done?: boolean }) {
  const { t } = useMessages("app.account");
  return (
    <ul className={compact ? "grid gap-2 text-sm" : "grid gap-3 text-sm"}>
      <li className="flex gap-3">
        <FileText className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        <span>
          <strong className="font-medium">{t("yourInvoicesAreKept")}</strong> for the legal retention period (for example 10 years in Germany), unchanged and with the billing details they
          were issued with.{done ? null : " Download any you need before deleting."}
        </span>
      </li>
      <li className="flex gap-3">
        <ShieldCheck className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        <span>
          <strong className="font-medium">{t("yourPersonalDataIsAnonymised")}</strong> name, company, billing address, VAT ID and password are removed, your email address is
          replaced, API keys are revoked and every session ends. {done ? "We sent" : "We send"} one last notice to your {done ? "former" : "current"} address.
        </span>
      </li>
    </ul>
  );
}

import { FileText, ShieldCheck } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import type { ReactNode } from "react";

/**
 * What deletion does, in the words of the core's deleteAccount: invoices must stay unaltered for
 * the legal retention period, so the account is anonymised instead of erased.
 */
export function DeletionConsequences({ compact = false, done = false }: { compact?: boolean; done?: boolean }) {
  const { rich } = useMessages("app.account");
  const strong = (chunks: ReactNode) => <strong className="font-medium">{chunks}</strong>;
  return (
    <ul className={compact ? "grid gap-2 text-sm" : "grid gap-3 text-sm"}>
      <li className="flex gap-3">
        <FileText className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        <span>
          {rich("deletionInvoicesKept", { strong })}
          {done ? null : <> {rich("deletionDownloadFirst", { strong })}</>}
        </span>
      </li>
      <li className="flex gap-3">
        <ShieldCheck className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        <span>{rich(done ? "deletionDataAnonymisedDone" : "deletionDataAnonymised", { strong })}</span>
      </li>
    </ul>
  );
}

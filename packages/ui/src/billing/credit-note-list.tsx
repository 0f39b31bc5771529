"use client";

import { FileDown } from "lucide-react";
import { cn } from "../utils";
import { useMessages } from "../messages";

export interface CreditNoteItem {
  id: string;
  number: string;
  amount: number;
  currency: string;
  status: string;
  createdAt: Date | string;
  reason?: string | null;
}

/**
 * The credit notes of one invoice (its refunds as documents): number, amount, date and a PDF
 * link. A void one (its refund failed at the provider) stays listed, marked void. Amounts are
 * formatted by the app (`formatAmount`), the PDF route is the app's own (`pdfHref`).
 */
export function CreditNoteList({
  notes,
  formatAmount,
  pdfHref,
  className,
}: {
  notes: readonly CreditNoteItem[];
  formatAmount: (amount: number, currency: string) => string;
  pdfHref: (id: string) => string;
  className?: string;
}) {
  const { t, locale } = useMessages("ui.invoice");
  if (notes.length === 0) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <ul className={cn("grid gap-2 text-sm", className)} aria-label={t("creditNotes")}>
      {notes.map((note) => (
        <li key={note.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-muted/50 px-3 py-2" data-testid="credit-note">
          <span>
            <span className="font-medium">{t("creditNote", { number: note.number })}</span>
            {" · "}
            <span className="tabular-nums">{formatAmount(note.amount, note.currency)}</span>
            {" · "}
            <span className="text-muted-foreground">{date.format(new Date(note.createdAt))}</span>
            {note.status === "void" ? <span className="font-medium text-destructive"> · {t("creditNoteVoid")}</span> : null}
            {note.reason ? <span className="text-muted-foreground"> · {note.reason}</span> : null}
          </span>
          <a
            href={pdfHref(note.id)}
            className="inline-flex items-center gap-1 font-medium text-primary hover:underline"
            aria-label={t("creditNotePdf", { number: note.number })}
          >
            <FileDown className="size-4" aria-hidden /> {t("pdf")}
          </a>
        </li>
      ))}
    </ul>
  );
}

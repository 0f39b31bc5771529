"use client";

import { Loader2 } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { useState, type MouseEvent, type ReactElement, type ReactNode } from "react";
import { Alert, AlertDescription } from "./alert";
import { Button } from "./button";
import { DialogFooter, DialogHeader, dialogContentClassName, dialogDescriptionClassName, dialogOverlayClassName, dialogTitleClassName } from "./dialog";
import { useMessages } from "./messages";

export interface ConfirmDialogProps {
  /** The button that asks; leave it out to open the dialog yourself (`open`), e.g. after a form validated. */
  trigger?: ReactElement;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** Details under the description, e.g. the amount about to move. */
  children?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  /** The confirm button's look: destructive (default) for what can't be undone, default otherwise. */
  variant?: "destructive" | "default";
  /**
   * The action. A returned promise keeps the dialog open and busy until it settles: it closes on
   * success and stays open with the error on failure, so nothing happens twice by accident.
   */
  onConfirm: () => unknown;
  /** The failure's text; the server's message by default (tRPC errors carry it). */
  formatError?: (error: unknown) => string;
}

/** The one confirmation before anything destructive or money-moving (Radix AlertDialog: focus starts on Cancel). */
export function ConfirmDialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  variant = "destructive",
  onConfirm,
  formatError,
}: ConfirmDialogProps) {
  const { t } = useMessages("ui");
  const [ownOpen, setOwnOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const isOpen = open ?? ownOpen;

  function setOpen(next: boolean) {
    if (busy) return; // the action is under way; closing would hide its outcome
    setFailure(null);
    if (open === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  }

  async function confirm(event: MouseEvent) {
    event.preventDefault(); // AlertDialog.Action would close at once, before the action is known to have worked
    setFailure(null);
    const result = onConfirm();
    if (!(result instanceof Promise)) return setOpen(false);
    setBusy(true);
    try {
      await result;
      setBusy(false);
      if (open === undefined) setOwnOpen(false);
      onOpenChange?.(false);
    } catch (error) {
      setBusy(false);
      setFailure(formatError ? formatError(error) : error instanceof Error && error.message ? error.message : t("mutationFailed"));
    }
  }

  return (
    <AlertDialog.Root open={isOpen} onOpenChange={setOpen}>
      {trigger ? <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger> : null}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={dialogOverlayClassName} />
        <AlertDialog.Content className={dialogContentClassName} data-slot="confirm-dialog" {...(description ? {} : { "aria-describedby": undefined })}>
          <DialogHeader>
            <AlertDialog.Title className={dialogTitleClassName}>{title}</AlertDialog.Title>
            {description ? <AlertDialog.Description className={dialogDescriptionClassName}>{description}</AlertDialog.Description> : null}
          </DialogHeader>
          {children}
          {failure ? (
            <Alert variant="destructive">
              <AlertDescription>{failure}</AlertDescription>
            </Alert>
          ) : null}
          <DialogFooter>
            <AlertDialog.Cancel asChild>
              <Button variant="outline" disabled={busy}>
                {cancelLabel ?? t("cancel")}
              </Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button variant={variant} disabled={busy} onClick={(event) => void confirm(event)}>
                {busy ? <Loader2 className="animate-spin" aria-hidden /> : null}
                {confirmLabel}
              </Button>
            </AlertDialog.Action>
          </DialogFooter>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

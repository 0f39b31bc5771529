"use client";

import { XIcon } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { dialogOverlayClassName } from "./dialog";
import { useMessages } from "./messages";
import { cn } from "./utils";

/** A panel that slides over the page from one edge: navigation on a small screen. */
export const Sheet = DialogPrimitive.Root;
export const SheetTrigger = DialogPrimitive.Trigger;
export const SheetClose = DialogPrimitive.Close;

const sides = {
  left: "inset-y-0 left-0 border-r",
  right: "inset-y-0 right-0 border-l",
} as const;

export function SheetContent({ side = "left", className, children, ...props }: ComponentProps<typeof DialogPrimitive.Content> & { side?: keyof typeof sides }) {
  const { t } = useMessages("ui");
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={dialogOverlayClassName} />
      <DialogPrimitive.Content
        data-slot="sheet-content"
        className={cn("fixed z-50 flex h-full w-72 max-w-[calc(100%-3rem)] flex-col gap-4 overflow-y-auto border-border bg-background shadow-lg data-[state=open]:animate-in", sides[side], className)}
        {...props}
      >
        {children}
        <DialogPrimitive.Close className="absolute top-4 right-4 rounded-xs opacity-70 transition-opacity hover:opacity-100 focus:outline-hidden">
          <XIcon className="size-4" />
          <span className="sr-only">{t("close")}</span>
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function SheetTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn("font-semibold", className)} {...props} />;
}

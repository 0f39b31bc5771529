"use client";

import { Menu } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { useState, type ComponentProps, type ReactNode } from "react";
import { Button } from "./button";
import { DialogPanel } from "./dialog";
import { cn } from "./utils";

/** A panel that slides over the page from one edge: navigation on a small screen. */
export const Sheet = DialogPrimitive.Root;
export const SheetTrigger = DialogPrimitive.Trigger;
export const SheetClose = DialogPrimitive.Close;

const sides = {
  left: "inset-y-0 left-0 border-r",
  right: "inset-y-0 right-0 border-l",
} as const;

export function SheetContent({ side = "left", className, ...props }: ComponentProps<typeof DialogPrimitive.Content> & { side?: keyof typeof sides }) {
  return (
    <DialogPanel
      data-slot="sheet-content"
      className={cn(
        "fixed z-50 flex h-full w-72 max-w-[calc(100%-3rem)] flex-col gap-4 overflow-y-auto border-border bg-background shadow-lg data-[state=open]:animate-in",
        sides[side],
        className,
      )}
      {...props}
    />
  );
}

/**
 * Below md: a "Menu" button opening a sheet, for navigation that has no room on a small screen.
 * `children` gets `close`, for links to close the sheet as they navigate.
 */
export function MobileDrawer({
  label,
  side,
  triggerTestId,
  className,
  children,
}: {
  label: string;
  side: keyof typeof sides;
  triggerTestId: string;
  className?: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="outline" size="sm" className="md:hidden" data-testid={triggerTestId}>
          <Menu aria-hidden /> {label}
        </Button>
      </SheetTrigger>
      <SheetContent side={side} className={className} aria-describedby={undefined}>
        <SheetTitle className="sr-only">{label}</SheetTitle>
        {children(() => setOpen(false))}
      </SheetContent>
    </Sheet>
  );
}

export function SheetTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn("font-semibold", className)} {...props} />;
}

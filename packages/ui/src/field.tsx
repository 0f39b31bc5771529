import type { ReactNode } from "react";
import { Alert, AlertDescription } from "./alert";
import { Label } from "./label";
import { cn } from "./utils";

/**
 * A labelled form control with an optional hint and error. The caller passes the control and
 * the same `id`; hint and error ids follow `${id}-hint` / `${id}-error`, so the control can point
 * `aria-describedby` at them and screen readers read both (see fieldDescribedBy).
 */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Props for the control inside a Field: links it to the hint/error and marks it invalid. */
export function fieldDescribedBy(id: string, { hint, error }: { hint?: unknown; error?: string | null }) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return { "aria-describedby": describedBy, "aria-invalid": error ? true : undefined } as const;
}

/** What a form says as a whole (an error about no field it shows); renders nothing without one. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}

import { CircleAlert, CircleCheck, Loader2 } from "lucide-react";
import type { ReactNode } from "react";

/** The three faces of a page opened from an emailed link: working, done, failed. */
export function LinkStatus({
  tone,
  title,
  children,
  action,
}: {
  tone: "pending" | "success" | "error";
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  const icon =
    tone === "pending" ? (
      <Loader2 className="size-5 animate-spin text-muted-foreground" aria-hidden />
    ) : tone === "success" ? (
      <CircleCheck className="size-5 text-primary" aria-hidden />
    ) : (
      <CircleAlert className="size-5 text-destructive" aria-hidden />
    );
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-live="polite" className="grid gap-4">
      <div className="flex items-start gap-3">
        <div className="mt-0.5 shrink-0">{icon}</div>
        <div className="grid gap-1">
          <p className="font-medium">{title}</p>
          {children ? <div className="text-sm text-muted-foreground">{children}</div> : null}
        </div>
      </div>
      {action}
    </div>
  );
}

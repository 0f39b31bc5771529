import { Alert, AlertDescription } from "@tillbox/ui";
import { CircleAlert, CircleCheck } from "lucide-react";
import type { ReactNode } from "react";

/** Form-level outcome. role="alert" (from Alert) makes screen readers announce it when it appears. */
export function FormAlert({ tone = "error", children }: { tone?: "error" | "success"; children: ReactNode }) {
  if (!children) return null;
  return (
    <Alert variant={tone === "error" ? "destructive" : "info"}>
      {tone === "error" ? <CircleAlert aria-hidden /> : <CircleCheck aria-hidden />}
      <AlertDescription>{children}</AlertDescription>
    </Alert>
  );
}

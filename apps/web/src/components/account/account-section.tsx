import { Card, CardContent, CardDescription, CardHeader } from "@tillbox/ui";
import type { ReactNode } from "react";

/**
 * One card of the account page, exposed as a named region: tests and screen-reader users can
 * jump to "Change password" and find its fields without colliding with another form's labels.
 */
export function AccountSection({
  id,
  title,
  description,
  tone = "default",
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  tone?: "default" | "danger";
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <Card className={tone === "danger" ? "border-destructive/40" : undefined}>
        <CardHeader>
          <h2
            id={`${id}-title`}
            className={tone === "danger" ? "leading-none font-semibold tracking-tight text-destructive" : "leading-none font-semibold tracking-tight"}
          >
            {title}
          </h2>
          {description ? <CardDescription>{description}</CardDescription> : null}
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
    </section>
  );
}

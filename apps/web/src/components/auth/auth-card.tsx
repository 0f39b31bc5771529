import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@tillbox/ui";
import type { ReactNode } from "react";

/** The frame every /auth page shares, so sign-in, sign-up and the link pages look alike. */
export function AuthCard({ title, description, footer, children }: { title: string; description?: ReactNode; footer?: ReactNode; children: ReactNode }) {
  return (
    <Card className="w-full max-w-md shadow-md">
      <CardHeader>
        {/* The page's only h1: CardTitle is an h3, which would leave the page without a heading. */}
        <h1 className="text-xl leading-none font-semibold tracking-tight">{title}</h1>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-6">{children}</CardContent>
      {footer ? <CardFooter className="justify-center border-t border-border pt-6 text-sm text-muted-foreground">{footer}</CardFooter> : null}
    </Card>
  );
}

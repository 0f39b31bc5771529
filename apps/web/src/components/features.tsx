import { Card, CardDescription, CardHeader, CardTitle } from "@tillbox/ui";
import { CalendarCheck, Coins, FileText, Puzzle, Receipt, Repeat, type LucideIcon } from "lucide-react";

const features: { icon: LucideIcon; title: string; description: string }[] = [
  { icon: Repeat, title: "Subscriptions", description: "Plans, trials and upgrades with proration, billed in integer minor units." },
  { icon: Receipt, title: "Invoices", description: "Numbered, tax-ready invoices your customers can download any time." },
  { icon: Coins, title: "Token wallet", description: "Sell credits, spend them per request, and keep an auditable ledger." },
  { icon: FileText, title: "CMS pages", description: "Marketing edits pages and the site shows them on the next request." },
  { icon: CalendarCheck, title: "Shop & bookings", description: "One-off products and bookable slots on the same checkout." },
  { icon: Puzzle, title: "Plugins", description: "Ship a feature as one folder; switch it on or off without a deploy." },
];

export function Features() {
  return (
    <section id="features" className="mx-auto max-w-6xl px-6 py-20">
      <div className="mx-auto max-w-2xl text-center">
        <h2 className="text-3xl font-semibold tracking-tight">Everything between “buy” and “paid”</h2>
        <p className="mt-3 text-muted-foreground">One TypeScript stack for the whole revenue side of your product.</p>
      </div>
      <div className="mt-12 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {features.map(({ icon: FeatureIcon, title, description }) => (
          <Card key={title} className="gap-3 transition-shadow hover:shadow-md">
            <CardHeader>
              <div className="mb-3 grid size-10 place-items-center rounded-lg bg-accent text-accent-foreground">
                <FeatureIcon className="size-5" aria-hidden />
              </div>
              <CardTitle>{title}</CardTitle>
              <CardDescription className="leading-relaxed">{description}</CardDescription>
            </CardHeader>
          </Card>
        ))}
      </div>
    </section>
  );
}

import { cn } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import Link from "next/link";

const links = [
  { href: "/account", label: "profileTab" },
  { href: "/account/billing", label: "billingTab" },
] as const;

/** The account area's tabs; `current` is the page's own href. */
export function AccountNav({ current }: { current: (typeof links)[number]["href"] }) {
  const { t } = useMessages("app.account");
  return (
    <nav aria-label={t("nav")} className="flex gap-1 border-b border-border">
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.href === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium transition-colors",
            link.href === current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {t(link.label)}
        </Link>
      ))}
    </nav>
  );
}

import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function SiteFooter() {
  const t = await getTranslations("app.nav");
  return (
    <footer className="border-t border-border/60">
      <div className="mx-auto flex max-w-6xl flex-col items-center justify-between gap-3 px-6 py-8 text-sm text-muted-foreground sm:flex-row">
        <p>
          © {new Date().getFullYear()} Tillbox. {t("tagline")}
        </p>
        <div className="flex gap-4">
          <Link href="/account" className="hover:text-foreground">
            {t("account")}
          </Link>
          <a href="/api/health" className="hover:text-foreground">
            {t("status")}
          </a>
        </div>
      </div>
    </footer>
  );
}

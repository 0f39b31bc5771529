import { Badge, Button } from "@tillbox/ui";
import { Slot } from "@tillbox/ui/slot";
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Features } from "~/components/features";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export default function HomePage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <section className="relative overflow-hidden border-b border-border/60">
        <div aria-hidden className="pointer-events-none absolute inset-x-0 -top-40 mx-auto h-96 max-w-3xl rounded-full bg-primary/20 blur-3xl" />
        <div className="relative mx-auto flex max-w-4xl flex-col items-center px-6 py-24 text-center sm:py-32">
          <Badge variant="outline" className="mb-6 bg-background/60 px-3 py-1">
            {t("selfHostedOpenSourceTypescript")}
          </Badge>
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-6xl">
            {t("sellYourDigitalProduct")} <span className="text-primary">on your own terms</span>
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-pretty text-muted-foreground">{t("subscriptionsInvoicesATokenWallet")}</p>
          <div className="mt-10 flex flex-wrap justify-center gap-3">
            <Button asChild size="lg">
              <Link href="/account">
                {t("openYourAccount")} <ArrowRight />
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="#features">{t("seeWhatsInside")}</Link>
            </Button>
          </div>
        </div>
      </section>
      <Features />
      <div className="mx-auto max-w-6xl px-6 empty:hidden">
        <Slot zone="web.home" />
      </div>
    </>
  );
}

import { Button } from "@tillbox/ui";
import Link from "next/link";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export default function NotFoundPage() {
  const { t } = useMessages("app.pages");
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-6 py-32 text-center">
      <p className="text-sm font-medium text-primary">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("pageNotFound")}</h1>
      <p className="mt-3 text-muted-foreground">{t("thePageYouAreLooking")}</p>
      <Button asChild className="mt-8">
        <Link href="/">{t("backHome")}</Link>
      </Button>
    </div>
  );
}

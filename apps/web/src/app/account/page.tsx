import { EmptyState } from "@tillbox/ui";
import { Slot } from "@tillbox/ui/slot";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { AccountNav } from "~/components/account/account-nav";
import { AccountView } from "~/components/account/account-view";
import { DevMailboxProvider } from "~/components/auth/dev-mailbox";
import { devMailboxUrl } from "~/components/auth/dev-mailbox-url";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("account") };
}

export default async function AccountPage() {
  const t = await getTranslations("app.account");
  const session = await auth();
  // No claims = no session, or one the jwt callback refused (password changed, signed out everywhere).
  if (!session?.claims) redirect("/auth/sign-in?callbackUrl=%2Faccount");
  return (
    <DevMailboxProvider url={devMailboxUrl()}>
      <div className="mx-auto max-w-4xl px-6 py-12">
        <h1 className="text-3xl font-semibold tracking-tight">{t("yourAccount")}</h1>
        <p className="mt-2 text-muted-foreground">{t("profileSignInAndSecurity")}</p>
        <div className="mt-6">
          <AccountNav current="/account" />
        </div>
        <div className="mt-8">
          <AccountView
            extra={
              <Slot
                zone="web.account.page"
                props={{ userId: session.claims.sub }}
                fallback={<EmptyState title={t("nothingElseHereYet")} description={t("sectionsAddedByPluginsAppear")} />}
              />
            }
          />
        </div>
      </div>
    </DevMailboxProvider>
  );
}

import { LocaleSwitcher } from "@tillbox/ui";
import type { ReactNode } from "react";
import { chooseLocale } from "~/i18n/choose-locale";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Outside the console shell: no sidebar, nothing that needs a session. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useMessages("app.pages");
  return (
    <main className="grid min-h-screen place-items-center bg-muted/40 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight">
          <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">T</span>
          Tillbox <span className="font-normal text-muted-foreground">{t("admin")}</span>
        </div>
        {children}
        <div className="mt-6 flex justify-center">
          <LocaleSwitcher choose={chooseLocale} />
        </div>
      </div>
    </main>
  );
}

import type { ReactNode } from "react";
import { DevMailboxProvider } from "~/components/auth/dev-mailbox";
import { devMailboxUrl } from "~/components/auth/dev-mailbox-url";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <DevMailboxProvider url={devMailboxUrl()}>
      <div className="relative flex min-h-[calc(100vh-8rem)] items-start justify-center overflow-hidden px-6 py-16 sm:items-center">
        <div aria-hidden className="pointer-events-none absolute inset-x-0 -top-48 mx-auto h-96 max-w-2xl rounded-full bg-primary/15 blur-3xl" />
        <div className="relative flex w-full justify-center">{children}</div>
      </div>
    </DevMailboxProvider>
  );
}

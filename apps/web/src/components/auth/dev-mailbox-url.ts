import { getEnv } from "@tillbox/config";

/** The dev mailbox holds mails only in development without SMTP_URL; elsewhere the hint would mislead. */
export function devMailboxUrl(): string | null {
  const env = getEnv();
  if (process.env.NODE_ENV !== "development" || env.SMTP_URL) return null;
  return new URL("/mail", env.ADMIN_URL).toString();
}

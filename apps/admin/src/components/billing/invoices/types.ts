import type { AppRouter } from "@tillbox/api";
import type { inferRouterOutputs } from "@trpc/server";

export type AdminInvoice = inferRouterOutputs<AppRouter>["billing"]["invoices"]["detail"];

/** The customer as printed on the invoice (snapshot at finalisation). */
export interface CustomerSnapshot {
  name?: string | null;
  email?: string | null;
  company?: string | null;
  vatId?: string | null;
  country?: string | null;
}

import type { AppRouter } from "@tillbox/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Inputs = inferRouterInputs<AppRouter>["billing"]["paymentIssues"];

export type PaymentIssueRow = inferRouterOutputs<AppRouter>["billing"]["paymentIssues"]["list"]["items"][number];
export type PaymentIssueKind = NonNullable<Exclude<Inputs["list"], void | undefined>["kind"]>;
export type PaymentIssueResolution = Inputs["resolve"]["resolution"];

/** What the actions need: a list row and the invoice detail's issues both fit. */
export interface IssueRef {
  id: string;
  kind: string;
  status: string;
  paymentId: string;
  /** The money at stake, shown before a refund. */
  payment?: { amount: number; currency: string };
}

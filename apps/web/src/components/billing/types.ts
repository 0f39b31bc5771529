import type { AppRouter } from "@tillbox/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type PublicCatalogue = Outputs["billing"]["catalogue"]["plans"];
export type PublicPlan = PublicCatalogue["groups"][number]["plans"][number];
export type PublicBundle = PublicCatalogue["bundles"][number];
export type CartInput = Inputs["billing"]["checkout"]["preview"];
export type CheckoutPreview = Outputs["billing"]["checkout"]["preview"];
export type PreviewLine = CheckoutPreview["lines"][number];
export type CheckoutResult = Outputs["billing"]["checkout"]["create"];
export type MySubscription = Outputs["billing"]["subscriptions"]["mine"][number];
export type ChangePreview = Outputs["billing"]["subscriptions"]["previewChange"];
export type MyInvoice = Outputs["billing"]["invoices"]["get"];

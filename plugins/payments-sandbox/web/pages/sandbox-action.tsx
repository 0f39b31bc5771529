import { getPluginMessages, requireSignIn, type Metadata, type WebPageProps } from "@tillbox/plugin-sdk/web";
import { SandboxActionView } from "../sandbox-action-view";

/**
 * Where this provider sends the customer (its nextActionUrl, server/records.ts actionUrl) to enter
 * a test card: /checkout/sandbox-action?payment=sbx_pay_…, served by apps/web's plugin page route.
 */
export const config = { zone: "web.page", path: "checkout/sandbox-action" };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getPluginMessages("payments-sandbox");
  return { title: t("pageTitle"), robots: { index: false } };
}

export default async function SandboxActionPage({ path, searchParams }: WebPageProps) {
  await requireSignIn(path, searchParams);
  const paymentId = typeof searchParams.payment === "string" ? searchParams.payment.trim() : "";
  return (
    <div className="mx-auto max-w-xl px-6 py-12">
      <SandboxActionView sandboxPaymentId={paymentId} />
    </div>
  );
}

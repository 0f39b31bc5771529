import { handleDocumentPdfRequest } from "@tillbox/api";
import { auth } from "~/auth";

export const dynamic = "force-dynamic";

// The customer's own invoice, the link billing emails carry: under /account, so a signed-out
// reader is sent to sign-in first (proxy.ts) and comes back here; shown in the tab, not downloaded.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleDocumentPdfRequest(request, { kind: "invoice", id: (await params).id, session: await auth(), disposition: "inline" });
}

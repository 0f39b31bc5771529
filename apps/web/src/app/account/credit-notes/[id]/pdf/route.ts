import { handleDocumentPdfRequest } from "@tillbox/api";
import { auth } from "~/auth";

export const dynamic = "force-dynamic";

// The customer's own credit note, linked from refund emails; same rules as the invoice beside it.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleDocumentPdfRequest(request, { kind: "credit-note", id: (await params).id, session: await auth(), disposition: "inline" });
}

import { handleDocumentPdfRequest } from "@tillbox/api";
import { auth } from "~/auth";

export const dynamic = "force-dynamic";

// The back-office "Download PDF": any customer's invoice for operators holding billing:read.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleDocumentPdfRequest(request, { kind: "invoice", id: (await params).id, session: await auth() });
}

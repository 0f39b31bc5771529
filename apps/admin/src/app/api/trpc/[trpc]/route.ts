import { handleTRPCRequest } from "@tillbox/api";
import { auth } from "~/auth";

export const dynamic = "force-dynamic";

// The session is read here (Auth.js needs the Next request scope); packages/api turns it, or an
// `Authorization: Bearer tbx_…` API key, into the request's actor.
export async function GET(request: Request): Promise<Response> {
  return handleTRPCRequest(request, { session: await auth() });
}

export async function POST(request: Request): Promise<Response> {
  return handleTRPCRequest(request, { session: await auth() });
}

import { handleRestRequest } from "@tillbox/api";
import { auth } from "~/auth";

export const dynamic = "force-dynamic";

// REST under /api/v1 (and /api/v1/openapi.json): packages/api maps each route onto its tRPC
// procedure. The session is read here (Auth.js needs the Next request scope); an
// `Authorization: Bearer tbx_…` API key takes precedence over it.
async function handle(request: Request): Promise<Response> {
  return handleRestRequest(request, { session: await auth() });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;

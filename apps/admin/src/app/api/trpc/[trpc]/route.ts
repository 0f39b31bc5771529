import { handleTRPCRequest } from "@tillbox/api";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return handleTRPCRequest(request);
}

export function POST(request: Request): Promise<Response> {
  return handleTRPCRequest(request);
}

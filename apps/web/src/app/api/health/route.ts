import { healthResponse } from "@tillbox/api";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return healthResponse();
}

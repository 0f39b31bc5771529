import { withSignInStatus } from "@tillbox/auth";
import { handlers } from "~/auth";

export const dynamic = "force-dynamic";

export const GET = handlers.GET;
// A rate-limited sign-in answers 429 with Retry-After instead of Auth.js's plain redirect.
export const POST = withSignInStatus(handlers.POST);

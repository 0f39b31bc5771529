import { impersonationHandlers } from "~/auth";

export const dynamic = "force-dynamic";

export const { POST } = impersonationHandlers;

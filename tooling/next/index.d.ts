import type { NextConfig } from "next";

export { contentSecurityPolicy, createNonce, pageSecurityPolicy, securityHeaders } from "./security-headers";

export function createNextConfig(env?: Record<string, string | undefined>): NextConfig;

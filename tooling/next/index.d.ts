import type { NextConfig } from "next";

export function createNextConfig(env?: Record<string, string | undefined>): NextConfig;
export function contentSecurityPolicy(development: boolean): string;
export function securityHeaders(env?: Record<string, string | undefined>): { key: string; value: string }[];

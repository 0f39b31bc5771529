import type { NextConfig } from "next";

export function createNextConfig(): NextConfig;

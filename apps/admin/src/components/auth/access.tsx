"use client";

import { useQuery } from "@tanstack/react-query";
import { createContext, useContext, type ReactNode } from "react";
import { useTRPC } from "~/lib/trpc";
import { mayCall, type Access } from "./may-call";

export type { Access };

const AccessContext = createContext<Access | null>(null);

/**
 * roles.mine, seeded by the server layout so the first paint is already gated, then kept fresh
 * (a role change by another operator shows up without a reload).
 */
export function AccessProvider({ initial, children }: { initial: Access; children: ReactNode }) {
  const trpc = useTRPC();
  const mine = useQuery({ ...trpc.roles.mine.queryOptions(), initialData: initial, staleTime: 30_000, refetchOnWindowFocus: true });
  return <AccessContext.Provider value={mine.data}>{children}</AccessContext.Provider>;
}

/**
 * `can("users.suspend")`: reads the permission the server declares for that procedure, so the UI
 * hides exactly what the server would refuse. Hiding is convenience; the server still enforces.
 */
export function useCan(): (path: string) => boolean {
  const access = useContext(AccessContext);
  return (path) => mayCall(access, path);
}

export function useAccess(): Access | null {
  return useContext(AccessContext);
}

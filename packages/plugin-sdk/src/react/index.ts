"use client";

export { TRPCProvider, useTRPC, useTRPCClient, usePluginTRPC } from "./trpc-context";

// Plugins import React Query through the SDK so they share the host's single copy.
export { useQuery, useSuspenseQuery, useMutation, useQueryClient, useInfiniteQuery, QueryClient, QueryClientProvider } from "@tanstack/react-query";
export type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
export type {
  SlotComponentProps,
  PageSlotProps,
  SlotConfig,
  SidebarSlotConfig,
  UserDetailSlotProps,
  InvoiceDetailSlotProps,
  AccountSlotProps,
} from "@tillbox/ui/slot-registry";
// Types only: the page contract, for plugin code shared between a web.page and its client parts.
export type { WebPageConfig, WebPageProps } from "@tillbox/ui/web-page-registry";
export { HostProviders, errorMessage } from "./host-providers";
export { mutationErrorMessage, mutationToast, type MutationToastMeta, type MutationToastOptions } from "./mutation-toasts";

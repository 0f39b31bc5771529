import { inngestRouteHandlers } from "@tillbox/api";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT } = inngestRouteHandlers;

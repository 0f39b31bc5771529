import { getEnabledPluginSlugs } from "@tillbox/api";
import { findWebPage, type WebPageMatch, type WebPageProps } from "@tillbox/ui/web-page-registry";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, createElement } from "react";
import "~/lib/web-page-host";
import { webPages } from "~/pages.generated";

// The enabled plugins are read per request: a plugin switched off answers 404 at once.
export const dynamic = "force-dynamic";

// generateMetadata and the page run in one request: read the plugin states once.
const enabledPlugins = cache(getEnabledPluginSlugs);

type RouteProps = { params: Promise<{ slug: string[] }>; searchParams: Promise<WebPageProps["searchParams"]> };

/**
 * Plugin pages (zone web.page, packages/ui/src/web-page-registry.ts). Next tries the portal's own
 * routes first, so this only sees URLs no core page serves; the most specific plugin path wins
 * and anything else, or a disabled plugin's page, is a real 404.
 */
async function resolve({ params, searchParams }: RouteProps): Promise<{ match: WebPageMatch; props: WebPageProps }> {
  const [{ slug }, query, enabled] = await Promise.all([params, searchParams, enabledPlugins()]);
  const match = findWebPage(webPages, slug, enabled);
  if (!match) notFound();
  return { match, props: { plugin: match.entry.plugin, path: slug.join("/"), params: match.params, searchParams: query } };
}

export async function generateMetadata(route: RouteProps): Promise<Metadata> {
  const { match, props } = await resolve(route);
  const { generateMetadata: pageMetadata } = match.entry.module;
  if (pageMetadata) return (await pageMetadata(props)) as Metadata;
  return match.entry.config.title ? { title: match.entry.config.title } : {};
}

export default async function PluginWebPage(route: RouteProps) {
  const { match, props } = await resolve(route);
  return createElement(match.entry.module.default, props);
}

import { getEnabledPluginSlugs } from "@tillbox/api";
import { findPageEntry } from "@tillbox/ui/slot-registry";
import { notFound } from "next/navigation";
import { PluginPage } from "~/components/plugin-page";
import { slotRegistry } from "~/slots.generated";

export const dynamic = "force-dynamic";

/**
 * Serves a plugin's admin.page slots. The lookup runs on the server (compose inlines each
 * slot's config as data) so a disabled or unknown plugin, or an unknown path, answers a real
 * 404 status rather than an empty page.
 */
export default async function PluginRoute({ params }: { params: Promise<{ slug: string; path?: string[] }> }) {
  const { slug, path = [] } = await params;
  const enabled = await getEnabledPluginSlugs();
  const match = findPageEntry(slotRegistry, slug, path, enabled);
  if (!match) notFound();
  return <PluginPage plugin={slug} segments={path} />;
}

import { getPluginMessages, type Metadata, type WebPageProps } from "@tillbox/plugin-sdk/web";

export const config = { zone: "web.page", path: "{{slug}}" };

/** Title and description for search engines and link previews, in the visitor's language. */
export async function generateMetadata(_props: WebPageProps): Promise<Metadata> {
  const { t } = await getPluginMessages("{{slug}}");
  return { title: t("publicTitle"), description: t("publicIntro"), openGraph: { title: t("publicTitle"), description: t("publicIntro") } };
}

/** The public page at /{{slug}}: a server component, so data loaded here never reaches the browser. */
export default async function Page(_props: WebPageProps) {
  const { t } = await getPluginMessages("{{slug}}");
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">{t("publicTitle")}</h1>
      <p className="text-muted-foreground">{t("publicIntro")}</p>
    </main>
  );
}

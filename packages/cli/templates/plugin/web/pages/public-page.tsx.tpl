import en from "../../messages/en.json";
import { PublicIntro } from "../public-intro";

/** What the host passes a "web.page" component (declared here until the SDK exports WebPageProps). */
interface PublicPageProps {
  plugin: string;
  path: string;
  params: Record<string, string>;
  searchParams: Record<string, string | string[] | undefined>;
}

export const config = { zone: "web.page", path: "{{slug}}" };

/** Server-rendered metadata; the English title until server components read the visitor's language. */
export async function generateMetadata(_props: PublicPageProps): Promise<{ title: string; description: string }> {
  return { title: en.publicTitle, description: en.publicIntro };
}

/** The public page at /{{slug}}: a server component, so data loaded here never reaches the browser. */
export default async function Page(_props: PublicPageProps) {
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-12">
      <PublicIntro />
    </main>
  );
}

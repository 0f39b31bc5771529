import type { Metadata } from "next";
import { PlanEditor } from "~/components/catalogue/plan-editor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("plan") };
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PlanEditor planId={id} />;
}

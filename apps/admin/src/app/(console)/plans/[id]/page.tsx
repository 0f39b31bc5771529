import type { Metadata } from "next";
import { PlanEditor } from "~/components/catalogue/plan-editor";

export const metadata: Metadata = { title: "Plan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PlanEditor planId={id} />;
}

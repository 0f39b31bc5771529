import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { PlanForm } from "~/components/catalogue/plan-form";

export const metadata: Metadata = { title: "New plan" };

export default function NewPlanPage() {
  return (
    <>
      <PageHeader title="New plan" description="Prices per currency are set on the next screen." />
      <PlanForm editable />
    </>
  );
}

import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { PlanForm } from "~/components/catalogue/plan-form";

export const metadata: Metadata = { title: "New plan" };

export default function NewPlanPage() {
  return (
    <>
      <PageHeader title="New plan" description="Name, billing period, category and a price per currency: customers can buy it as soon as it is created." />
      <PlanForm editable />
    </>
  );
}

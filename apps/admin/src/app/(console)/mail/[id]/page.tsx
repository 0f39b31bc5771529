import type { Metadata } from "next";
import { MailMessage } from "~/components/mail/mail-message";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("message") };
}

export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MailMessage id={id} />;
}

import type { Metadata } from "next";
import { MailMessage } from "~/components/mail/mail-message";

export const metadata: Metadata = { title: "Message" };

export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MailMessage id={id} />;
}

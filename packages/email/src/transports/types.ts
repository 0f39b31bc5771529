/** A rendered email ready to leave: what every transport receives. */
export interface OutgoingMail {
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
  locale: string;
}

export interface MailTransport {
  readonly kind: "dev" | "smtp";
  deliver(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

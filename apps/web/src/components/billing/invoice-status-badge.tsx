// The portal's invoice badge is the one both apps share (refund states, en/de labels).
export { InvoiceStatusBadge } from "@tillbox/ui/billing";

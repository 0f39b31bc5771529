import { describe, expect, it } from "vitest";
import { catalogues, mailTemplates, optionalPlaceholders, renderMail, resolveLocale, templatePlaceholders } from "../src";

const locales = Object.keys(catalogues);
const placeholdersIn = (copy: string) => [...copy.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

const declared = (template: (typeof mailTemplates)[number]) => [...templatePlaceholders[template], ...(optionalPlaceholders[template] ?? [])];

/** Data for a template: every declared placeholder (required and optional) with a recognisable value. */
function sampleData(template: (typeof mailTemplates)[number]): Record<string, string> {
  const data: Record<string, string> = { name: "Ada" };
  // Links are URLs; billing placeholders (planName, amount, dates) are plain text.
  for (const key of declared(template)) data[key] = /url$/i.test(key) ? `https://shop.example.com/${key}?token=t-${key}` : `sample ${key} value`;
  return data;
}

describe("mail templates", () => {
  it("covers every template of core's Mailer port", () => {
    expect([...mailTemplates].sort()).toEqual(
      [
        "account-deleted",
        "account-exists",
        "change-email",
        "email-changed",
        "magic-link",
        "reset-password",
        "verify-email",
        "payment-failed",
        "subscription-unpaid",
        "subscription-canceled-nonpayment",
        "subscription-invoice",
        "receipt-purchase",
        "receipt-renewal",
        "receipt-plan-change",
        "receipt-refund",
        "plan-change-scheduled",
      ].sort(),
    );
    expect(locales).toEqual(expect.arrayContaining(["en", "de"]));
  });

  describe.each(locales)("locale %s", (locale) => {
    it.each(mailTemplates)("has %s with a subject, body and exactly its placeholders", (template) => {
      const copy = catalogues[locale]!.templates[template];
      expect(copy, `${locale}/${template} is missing`).toBeDefined();
      expect(copy.subject.trim()).not.toBe("");
      expect(copy.paragraphs.length).toBeGreaterThan(0);
      // A template with a link has a button label; `url` is rendered as that button.
      const needsLink = templatePlaceholders[template].includes("url");
      expect(Boolean(copy.action), `${locale}/${template} action label`).toBe(needsLink);
      const used = new Set([copy.subject, ...copy.paragraphs].flatMap(placeholdersIn));
      const expected = declared(template).filter((key) => key !== "url");
      expect([...used].sort(), `${locale}/${template} placeholders`).toEqual([...expected].sort());
    });

    it.each(mailTemplates)("renders %s with every placeholder filled, in text and HTML", (template) => {
      const data = sampleData(template);
      const mail = renderMail({ template, locale, data });
      expect(mail.locale).toBe(locale);
      for (const key of declared(template)) {
        expect(mail.text).toContain(data[key]);
        if (/url$/i.test(key)) expect(mail.html).toContain(`href="${data[key]}"`);
        else expect(mail.html).toContain(data[key]);
      }
      expect(mail.text).toContain("Ada");
      for (const output of [mail.subject, mail.text, mail.html]) expect(output).not.toMatch(/\{\w+\}/);
      expect(mail.html).toContain(`<html lang="${locale}">`);
    });
  });

  it("leaves out a paragraph whose optional data is missing, and keeps a receipt's item lines apart", () => {
    const data = {
      name: "Ada",
      invoiceNumber: "INV-1",
      amount: "€5.95",
      items: "1,000 tokens — €5.00\nTip — €1.00",
      url: "https://shop.example.com/account/invoices/1/pdf",
    };
    const withoutTax = renderMail({ template: "receipt-purchase", locale: "en", data });
    expect(withoutTax.text).not.toContain("Tax included");
    expect(withoutTax.text).toContain("1,000 tokens — €5.00\nTip — €1.00\n\nTotal paid: €5.95");
    expect(withoutTax.html).toContain("1,000 tokens — €5.00<br>Tip — €1.00");
    expect(renderMail({ template: "receipt-purchase", locale: "en", data: { ...data, tax: "€0.95" } }).text).toContain("Tax included: €0.95");
    const refund = renderMail({ template: "receipt-refund", locale: "de", data: { ...data, creditNoteNumber: "CN-1" } });
    // The credit note's line needs its link too: without it there is nothing to point at.
    expect(refund.text).not.toContain("Gutschrift");
  });

  it("opens an operator's copy with whom the original went to", () => {
    const data = {
      name: "Ada",
      invoiceNumber: "INV-1",
      amount: "€5.95",
      items: "1,000 tokens — €5.00",
      url: "https://shop.example.com/account/invoices/1/pdf",
    };
    expect(renderMail({ template: "receipt-purchase", locale: "en", data: { ...data, copyOf: "ada@example.com" } }).text).toContain(
      "Hello Ada,\n\nA copy of the email sent to ada@example.com.\n\n",
    );
    expect(renderMail({ template: "receipt-purchase", locale: "de", data: { ...data, copyOf: "ada@example.com" } }).text).toContain(
      "Eine Kopie der E-Mail an ada@example.com.",
    );
    expect(renderMail({ template: "receipt-purchase", locale: "en", data }).text).not.toContain("A copy");
  });

  it("greets without a name when none is known", () => {
    expect(renderMail({ template: "account-deleted", locale: "en", data: { name: "" } }).text.startsWith("Hello,\n")).toBe(true);
    expect(renderMail({ template: "account-deleted", locale: "de", data: {} }).text.startsWith("Hallo,\n")).toBe(true);
  });

  it("speaks German for de and regional variants, English for unknown locales", () => {
    const data = sampleData("reset-password");
    expect(renderMail({ template: "reset-password", locale: "de-AT", data }).subject).toBe("Setze dein Passwort zurück");
    const fallback = renderMail({ template: "reset-password", locale: "fr", data });
    expect(fallback).toMatchObject({ subject: "Reset your password", locale: "en" });
    expect(resolveLocale("DE_de")).toBe("de");
    expect(resolveLocale("")).toBe("en");
    expect(resolveLocale("constructor")).toBe("en");
  });

  it("escapes data in HTML (a name is user input) and keeps it verbatim in text", () => {
    const name = `<script>alert("x")</script> & 'Co'`;
    const url = "https://shop.example.com/auth/verify?token=a&b=<c>";
    const mail = renderMail({ template: "verify-email", locale: "en", data: { name, url } });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
    expect(mail.html).toContain('href="https://shop.example.com/auth/verify?token=a&amp;b=&lt;c&gt;"');
    expect(mail.text).toContain(`Hello ${name},`);
    expect(mail.text).toContain(url);
  });

  it("refuses a link that is not http(s) and a missing link, naming the field", () => {
    expect(() => renderMail({ template: "magic-link", locale: "en", data: { url: "javascript:alert(1)" } })).toThrow(/data\.url must be an http\(s\) URL/);
    expect(() => renderMail({ template: "magic-link", locale: "en", data: { name: "Ada" } })).toThrow(/"magic-link" needs data\.url/);
    expect(() => renderMail({ template: "account-exists", locale: "en", data: { url: "https://x.example/sign-in" } })).toThrow(/data\.resetUrl/);
  });
});

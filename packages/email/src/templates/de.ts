import type { LocaleCatalogue } from "./types";

export const de: LocaleCatalogue = {
  greeting: { named: "Hallo {name},", anonymous: "Hallo," },
  copyNotice: "Eine Kopie der E-Mail an {copyOf}.",
  linkFallback: "Falls der Button nicht funktioniert, kopiere diesen Link in deinen Browser:",
  signature: "— Dein Tillbox-Team",
  templates: {
    "verify-email": {
      subject: "Bestätige deine E-Mail-Adresse",
      paragraphs: ["Bitte bestätige deine E-Mail-Adresse, um dein Konto fertig einzurichten.", "Falls du dich nicht registriert hast, ignoriere diese E-Mail."],
      action: "E-Mail-Adresse bestätigen",
    },
    "reset-password": {
      subject: "Setze dein Passwort zurück",
      paragraphs: [
        "Jemand möchte das Passwort deines Kontos zurücksetzen. Wähle über den Link unten ein neues Passwort.",
        "Der Link funktioniert einmal und läuft bald ab. Warst du das nicht, ignoriere diese E-Mail: Dein Passwort bleibt unverändert.",
      ],
      action: "Neues Passwort wählen",
    },
    "magic-link": {
      subject: "Dein Anmeldelink",
      paragraphs: [
        "Melde dich über den Link unten an. Er funktioniert einmal und läuft bald ab.",
        "Falls du ihn nicht angefordert hast, ignoriere diese E-Mail.",
      ],
      action: "Anmelden",
    },
    "change-email": {
      subject: "Bestätige deine neue E-Mail-Adresse",
      paragraphs: ["Bitte bestätige, dass dies die neue E-Mail-Adresse deines Kontos ist.", "Bis zur Bestätigung bleibt deine alte Adresse aktiv."],
      action: "Neue Adresse bestätigen",
    },
    "account-exists": {
      subject: "Du hast bereits ein Konto",
      paragraphs: [
        "Jemand wollte sich mit dieser E-Mail-Adresse registrieren, aber es gibt dafür bereits ein Konto.",
        "Warst du das, melde dich stattdessen an. Passwort vergessen? Hier wählst du ein neues: {resetUrl}",
        "Warst du es nicht, ignoriere diese E-Mail.",
      ],
      action: "Anmelden",
    },
    "email-changed": {
      subject: "Deine E-Mail-Adresse wurde geändert",
      paragraphs: [
        "Die E-Mail-Adresse deines Kontos wurde gerade geändert; diese Adresse wird nicht mehr zur Anmeldung verwendet.",
        "Falls du das nicht warst, wende dich sofort an den Support.",
      ],
    },
    "account-deleted": {
      subject: "Dein Konto wurde gelöscht",
      paragraphs: ["Dein Konto wurde wie gewünscht gelöscht. Schade, dass du gehst.", "Falls du das nicht veranlasst hast, wende dich sofort an den Support."],
    },
    "payment-failed": {
      subject: "Deine Zahlung für {planName} ist fehlgeschlagen",
      paragraphs: [
        "Wir konnten {amount} für dein Abo {planName} nicht einziehen.",
        "Wir versuchen es am {retryDate} erneut. Damit nichts unterbrochen wird, prüfe oder aktualisiere bis dahin deine Zahlungsmethode.",
      ],
      action: "Zahlungsmethode aktualisieren",
    },
    "subscription-unpaid": {
      subject: "Dein Abo {planName} ist unbezahlt",
      paragraphs: [
        "Wir konnten {amount} für dein Abo {planName} auch nach mehreren Versuchen nicht einziehen. Es ist jetzt unbezahlt und seine Funktionen ruhen.",
        "Bezahle die offene Rechnung, um weiterzumachen.",
      ],
      action: "Rechnung bezahlen",
    },
    "subscription-canceled-nonpayment": {
      subject: "Dein Abo {planName} wurde gekündigt",
      paragraphs: [
        "Wir konnten {amount} für dein Abo {planName} auch nach mehreren Versuchen nicht einziehen. Es wurde daher gekündigt.",
        "Du kannst jederzeit wieder ein Abo abschließen.",
      ],
      action: "Tarif wählen",
    },
    "subscription-invoice": {
      subject: "Rechnung {invoiceNumber} für {planName}",
      paragraphs: ["Deine Rechnung {invoiceNumber} für {planName} über {amount} ist bereit.", "Bitte bezahle sie bis zum {dueDate}."],
      action: "Rechnung ansehen und bezahlen",
    },
    "receipt-purchase": {
      subject: "Deine Quittung für Rechnung {invoiceNumber}",
      paragraphs: [
        "Danke für deinen Kauf. Dies ist deine Quittung für die Rechnung {invoiceNumber}.",
        "{items}",
        "Bezahlt: {amount}",
        "Enthaltene Steuer: {tax}",
      ],
      action: "Rechnung ansehen (PDF)",
    },
    "receipt-renewal": {
      subject: "Dein Abo wurde verlängert: Quittung für Rechnung {invoiceNumber}",
      paragraphs: [
        "Dein Abo wurde verlängert und wir haben deine Zahlung erhalten. Dies ist deine Quittung für die Rechnung {invoiceNumber}.",
        "{items}",
        "Bezahlt: {amount}",
        "Enthaltene Steuer: {tax}",
      ],
      action: "Rechnung ansehen (PDF)",
    },
    "receipt-plan-change": {
      subject: "Dein Tarifwechsel: Quittung für Rechnung {invoiceNumber}",
      paragraphs: [
        "Dein Tarifwechsel ist bezahlt. Dies ist deine Quittung für die Rechnung {invoiceNumber}.",
        "{items}",
        "Bezahlt: {amount}",
        "Enthaltene Steuer: {tax}",
      ],
      action: "Rechnung ansehen (PDF)",
    },
    "receipt-refund": {
      subject: "Deine Erstattung über {amount} für Rechnung {invoiceNumber}",
      paragraphs: [
        "Wir haben dir {amount} deiner Zahlung für die Rechnung {invoiceNumber} erstattet. Je nach Bank oder Kartenanbieter kann es 5 bis 10 Werktage dauern, bis der Betrag auf deinem Konto erscheint.",
        "Die Rechnung umfasste:\n{items}",
        "Gutschrift {creditNoteNumber}: {creditNoteUrl}",
      ],
      action: "Rechnung ansehen (PDF)",
    },
    "plan-change-scheduled": {
      subject: "Dein Tarif wechselt am {date} zu {planName}",
      paragraphs: [
        "Dein Abo wechselt am {date}, zum Ende des aktuellen Abrechnungszeitraums, von {currentPlanName} zu {planName}. Bis dahin bleibt alles aus {currentPlanName} verfügbar.",
        "Auf deiner Abrechnungsseite siehst du den Wechsel jederzeit.",
      ],
      action: "Abo ansehen",
    },
  },
};

{
  "title": "{{name}}",
  "description": "Einträge des Plugins {{name}}. Jeder neue Eintrag sendet {{slug}}/item.created.",
  "sidebarLabel": "{{name}}",
  "newItemLabel": "Neuer Eintrag",
  "newItemPlaceholder": "z. B. Erster Eintrag",
  "add": "Hinzufügen",
  "added": "Eintrag hinzugefügt.",
  "noItems": "Noch keine Einträge",
  "noItemsHint": "Fügen Sie oben einen hinzu; er erscheint auch auf der öffentlichen Seite.",
  "processed": "Verarbeitet",
  "waiting": "Wartet",
  "loadFailed": "Die Einträge konnten nicht geladen werden.",
  "publicTitle": "{{name}}",
  "publicIntro": "Diese öffentliche Seite gehört zum Plugin {{name}}. Ändern Sie sie in plugins/{{slug}}/web/pages/public-page.tsx."
}

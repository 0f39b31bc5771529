{
  "title": "{{name}}",
  "description": "Items of the {{name}} plugin. Each new item emits {{slug}}/item.created.",
  "sidebarLabel": "{{name}}",
  "newItemLabel": "New item",
  "newItemPlaceholder": "e.g. First item",
  "add": "Add",
  "added": "Item added.",
  "noItems": "No items yet",
  "noItemsHint": "Add one above; it also shows on the public page.",
  "processed": "Processed",
  "waiting": "Waiting",
  "loadFailed": "Items could not be loaded.",
  "publicTitle": "{{name}}",
  "publicIntro": "This public page belongs to the {{name}} plugin. Edit plugins/{{slug}}/web/pages/public-page.tsx to change it."
}

{
  "name": "@tillbox/plugin-{{slug}}",
  "version": "0.1.0",
  "private": true,
  "type": "module",
  "exports": { "./plugin": "./plugin.ts", "./server/router": "./server/router.ts", "./admin/*": "./admin/*", "./web/*": "./web/*", "./functions/*": "./functions/*" },
  "scripts": { "typecheck": "tsc --noEmit", "lint": "eslint ." },
  "dependencies": { "@tillbox/plugin-sdk": "workspace:*", "zod": "4.6.7", "react": "19.3.1" },
  "devDependencies": { "@tillbox/tsconfig": "workspace:*", "@tillbox/eslint-config": "workspace:*", "@types/node": "^22.15.0", "@types/react": "^19.2.0", "typescript": "5.9.3", "vitest": "4.1.12" }
}

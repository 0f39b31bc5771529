{ "extends": "@tillbox/tsconfig/base.json", "include": ["**/*.ts", "**/*.tsx"], "exclude": ["node_modules", "dist"] }

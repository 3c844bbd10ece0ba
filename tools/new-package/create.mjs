#!/usr/bin/env node
// Creates packages/<name> (or apps/<name> with --app) from ./template so every package starts with the
// same tsconfig, scripts, exports map and README shape. Usage: pnpm new-package <name> [--app] ["description"]
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [name, ...rest] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('new-package: give a lower-case name, e.g. `pnpm new-package store-memory "In-memory GraphStore"`');
  process.exit(2);
}
const isApp = rest.includes('--app');
const description = rest.filter((a) => a !== '--app')[0] ?? `@shabaka/${name}`;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, isApp ? 'apps' : 'packages', name);
if (existsSync(target)) {
  console.error(`new-package: ${target} exists already`);
  process.exit(2);
}
cpSync(join(dirname(fileURLToPath(import.meta.url)), 'template'), target, { recursive: true });

const fill = (dir) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) fill(path);
    else
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replaceAll('__NAME__', name).replaceAll('__DESCRIPTION__', description),
      );
  }
};
fill(target);
console.log(`created ${target}; add it to tsconfig.build.json references, then run pnpm install`);

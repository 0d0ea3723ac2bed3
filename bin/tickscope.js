#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx tickscope` works after install
// without a separate build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));

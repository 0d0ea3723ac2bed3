import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

/** sql.js for Node, with the wasm found through the package's `./dist/*` export. Loaded once. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (loading === null) {
    const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
    loading = initSqlJs({ locateFile: () => wasmPath });
  }
  return loading;
}

/**
 * The Content-Security-Policy of the built app: scripts, workers and wasm
 * from our own origin only, no eval, and no connections anywhere else.
 * 'wasm-unsafe-eval' is what Chromium requires to compile sql.js's wasm;
 * it does not allow JavaScript eval.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

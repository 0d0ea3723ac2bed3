/**
 * Imported for its side effect by the browser entry points (page and
 * workers), before any schema parses. zod 4 probes `Function('')` to decide
 * whether to compile object parsers with eval; under the app's CSP (no
 * 'unsafe-eval', src/ui/csp.ts) the probe is refused and reported as a
 * violation. Jitless parsing never probes and parses the same (#7).
 */
import { z } from 'zod';

z.config({ jitless: true });

/**
 * zod, configured once for every caller: the engine's schema wherever it is validated (the
 * browser's workers, the build, the CLI). Import `z` from here, never from 'zod' (lint enforces it).
 *
 * jitless: zod 4 compiles a faster object parser with `new Function`, after probing whether eval
 * is allowed. The site's Content-Security-Policy has no 'unsafe-eval', so the probe is refused and
 * the browser reports a CSP violation on every page that builds a schema, even though zod swallows
 * the error. Without the JIT zod never probes. We parse one small scenario per run, so the
 * interpreted parser costs nothing measurable.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

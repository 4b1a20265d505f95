/**
 * Imported first by every entrypoint (scripts/lint.mjs checks that it is the
 * first import): extension pages forbid eval (CSP) and the stores reject it,
 * so zod must never compile its fast path. zod decides that per object schema
 * when the schema is built (zod/v4/core `$ZodObjectJIT`), and ES modules run
 * in import order, so this runs before any module that builds a schema.
 * `zod/v4/core` holds only the shared config: a bundle without schemas (the
 * content script) gains a few hundred bytes, not zod.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

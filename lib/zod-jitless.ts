/**
 * Imported first by every entrypoint but the content script (scripts/lint.mjs
 * checks both): extension pages forbid eval (CSP) and the stores reject it,
 * so zod must never compile its fast path. zod decides that per object schema
 * when the schema is built (zod/v4/core `$ZodObjectJIT`), and ES modules run
 * in import order, so this runs before any module that builds a schema. The
 * content script loads no zod at all (lint follows its imports), so it builds
 * no schema and is spared the few hundred bytes of this switch.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

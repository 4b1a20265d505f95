/**
 * Imported first by bench/seed-passages.ts: extension pages forbid eval (CSP),
 * so zod must not compile its fast path. ES modules run in import order, so
 * this runs before any schema is built.
 */
import { config } from 'zod';

config({ jitless: true });

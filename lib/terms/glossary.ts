import glossaryData from './glossary.json';
import { Glossary } from './glossary-schema';

let cached: Glossary | null = null;

/**
 * The bundled glossary, checked against its schema on first use and cached:
 * every content script and `analyze` run reads it, and parsing ~300 entries
 * each time would be wasted work. Throws when the data does not fit the
 * schema (the glossary tests catch that before it ships).
 */
export function loadGlossary(): Glossary {
  cached ??= Glossary.parse(glossaryData);
  return cached;
}

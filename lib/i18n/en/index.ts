import { dates } from './dates';
import { map } from './map';
import { motions } from './motions';
import { overlay } from './overlay';
import { panels } from './panels';

/** Every English table the content script does not carry, by the name its module gives `lateTranslator`. */
export const ENGLISH: Record<string, Record<string, string>> = { overlay, panels, motions, map, dates };

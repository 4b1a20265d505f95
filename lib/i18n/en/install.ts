import { installLanguage } from '../translate';
import { ENGLISH } from '.';

// Imported by the extension's own pages (and the tests): English is there from the start.
installLanguage('en', ENGLISH);

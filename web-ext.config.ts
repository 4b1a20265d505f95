import { defineWebExtConfig } from 'wxt';

// Headless machines have no display to open a browser in; `npm run demo` drives Chromium itself.
export default defineWebExtConfig({ disabled: true });

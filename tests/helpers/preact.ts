import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** A fresh container in the document for each test, unmounted and removed after it. */
export function withContainer(set: (el: HTMLDivElement) => void): void {
  let el: HTMLDivElement;
  beforeEach(() => {
    el = document.createElement('div');
    document.body.appendChild(el);
    set(el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
  });
}

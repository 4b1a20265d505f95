import { describe, expect, it } from 'vitest';
import { passageFromHash } from '../../lib/page/fragment';

describe('#kl-passage= fragments', () => {
  it('gives the passage id, decoded', () => {
    expect(passageFromHash('#kl-passage=abc%2D123')).toBe('abc-123');
    expect(passageFromHash('#kl-passage=p1:~:text=Dat')).toBe('p1');
  });

  it('ignores a broken escape instead of throwing (it left the page’s keys dead)', () => {
    for (const hash of ['#kl-passage=%', '#kl-passage=%ZZ', '#kl-passage=%E2%82', '#kl-passage=a%']) expect(passageFromHash(hash)).toBeNull();
  });

  it('gives null for any other fragment', () => {
    expect(passageFromHash('')).toBeNull();
    expect(passageFromHash('#kl-turn-3')).toBeNull();
  });
});

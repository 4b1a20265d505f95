/**
 * The saved passage a `#kl-passage=<id>` fragment points at (the popup opens
 * a passage with it), or null. The fragment is the page's address, which
 * anyone can write: a broken escape ("%", "%ZZ", a cut multi-byte sequence)
 * makes decodeURIComponent throw, and a throw here left the overlay's keys
 * dead on that page. So it is decoded or ignored, never thrown.
 */
export function passageFromHash(hash: string): string | null {
  const m = /#kl-passage=([^:&]+)/u.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

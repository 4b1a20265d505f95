/**
 * One overlay feature's effect on the page, kept to itself: if it throws
 * (an odd page, a change on the site), that feature is off on this page and
 * the others keep working. The error goes to the console once, as a warning
 * with the feature's name, for whoever looks.
 */
export function guarded(feature: string, effect: () => void | (() => void)): () => void {
  const warn = (e: unknown) => console.warn(`Kamerlezer: ${feature} werkt niet op deze pagina.`, e);
  try {
    const cleanup = effect();
    return () => {
      try {
        cleanup?.();
      } catch (e) {
        warn(e);
      }
    };
  } catch (e) {
    warn(e);
    return () => undefined;
  }
}

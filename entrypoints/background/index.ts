export default defineBackground(() => {
  // Wired up by the reading-list feature; kept minimal until then.
});

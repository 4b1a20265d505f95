/** What the overlay shows while a long page is still being read. */
export function Reading() {
  const en = navigator.language?.startsWith('en');
  return (
    <div class="root">
      <div class="kl-reading" role="status">
        {en ? 'Kamerlezer is reading the transcript…' : 'Kamerlezer leest het verslag…'}
      </div>
    </div>
  );
}

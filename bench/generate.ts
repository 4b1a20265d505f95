import { renderPage } from '../lib/transcript/render-page';

/**
 * A plenary-size transcript built from the seed's own turns, repeated in
 * order until it has about `words` words, in the tweedekamer.nl plenary page
 * form. The header and the closing appear once, so it parses as one sitting.
 */
export function generateTranscriptText(seedText: string, words: number): string {
  const lines = seedText.replace(/\r\n?/g, '\n').split('\n');
  const firstLabel = lines.findIndex((l) => l.trim() === 'De voorzitter:');
  const closing = lines.findIndex((l) => /^Sluiting \d/.test(l.trim()));
  const header = lines.slice(0, firstLabel).join('\n');
  const body = lines.slice(firstLabel, closing).join('\n');
  const bodyWords = body.split(/\s+/).filter(Boolean).length;
  const copies = Math.max(1, Math.round(words / bodyWords));
  const parts = [header];
  for (let i = 0; i < copies; i++) parts.push(body);
  parts.push('Sluiting 19.38 uur.');
  return parts.join('\n\n');
}

export function generatePage(seedText: string, words: number): string {
  return renderPage(generateTranscriptText(seedText, words), 'tk-plenary', `Plenair verslag, ${words} woorden (benchmark)`);
}

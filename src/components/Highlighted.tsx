import { highlightParts } from './search-highlight';

/**
 * Text with the words a search asked for marked (<mark>). The text is only ever text: nothing in
 * it or in the search is read as markup.
 */
export function Highlighted({ text, query }: { text: string; query: string }) {
  if (query.trim() === '') return text;
  return highlightParts(text, query).map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : part.text,
  );
}

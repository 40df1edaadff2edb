/**
 * The excerpt a search result shows: the story's own words around the
 * match. Runs in the browser, on what Pagefind returns for a result.
 *
 * A story's indexed text ends with its search keywords (every name of its
 * terms in every language, see SearchKeywords.astro): they let a search in
 * either language's words find the story, but read as a list, not as the
 * story. Pagefind's own excerpt may fall among them, so the excerpt is made
 * here from the words before them; when only the keywords matched, the
 * story's summary stands in.
 */

/** A run of excerpt text, marked where it matched the search. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What Pagefind gives for one result, as far as excerpts go. */
export interface IndexedText {
  /** The page's indexed text. */
  content: string;
  /** Indices of the matching words in `content` split on white space, as Pagefind counts them. */
  locations: readonly number[];
}

/** How many words an excerpt shows (Pagefind's own default). */
export const EXCERPT_WORDS = 30;

/**
 * The excerpt from the story's text (all but its last `keywordWords` words,
 * the keywords): a window of `length` words around the first matches,
 * matches marked; undefined when no match is in the story's text.
 */
export function storyExcerpt({ content, locations }: IndexedText, keywordWords: number, length = EXCERPT_WORDS): ExcerptPart[] | undefined {
  const all = content.split(/[\r\n\s]+/g);
  const storyWords = all.length - keywordWords;
  const inStory = [...locations].filter((l) => l < storyWords).sort((a, b) => a - b);
  if (inStory.length === 0) return undefined;
  const words = all.slice(0, storyWords);
  // Start a little before the first match, so it is read in its sentence.
  const start = Math.max(0, Math.min(inStory[0]! - Math.floor(length / 5), words.length - length));
  const marked = new Set(inStory);
  const end = Math.min(words.length, start + length);
  // Words and the spaces between them, then runs of the same marking joined:
  // a space between two matched words belongs to the mark, any other to the text.
  const pieces: ExcerptPart[] = start > 0 ? [{ text: '… ', mark: false }] : [];
  for (let i = start; i < end; i++) {
    if (i > start) pieces.push({ text: ' ', mark: marked.has(i - 1) && marked.has(i) });
    pieces.push({ text: words[i]!, mark: marked.has(i) });
  }
  if (end < words.length) pieces.push({ text: ' …', mark: false });
  const parts: ExcerptPart[] = [];
  for (const piece of pieces) {
    const last = parts.at(-1);
    if (last && last.mark === piece.mark) last.text += piece.text;
    else parts.push({ ...piece });
  }
  return parts;
}

/** How many words a text counts as, split as Pagefind splits the indexed text. */
export function wordCount(text: string): number {
  return text.split(/[\r\n\s]+/g).filter(Boolean).length;
}

import { describe, expect, it } from 'vitest';
import { indexedText } from '../../src/integrations/pagefind.ts';

describe('what the search index is kept by', () => {
  const page = (notice: string) =>
    `<main><article data-pagefind-body><h1>Red cafetalera</h1>${notice}<p>Tres cooperativas.</p><aside class="note" data-pagefind-ignore>Nota</aside></article></main>`;

  it('leaves out the asides Pagefind skips whole, such as the notice that a translation is outdated', () => {
    const outdated =
      '<aside class="notice" data-pagefind-ignore="all">\n<p>Esta traducción está desactualizada. <a href="/en/articles/x/" hreflang="en">Leer el original</a></p>\n</aside>';
    expect(indexedText(page(outdated))).toBe(page(''));
    const missing = '<aside class="notice" lang="es" data-pagefind-ignore="all"><p>Aún no está en inglés.</p></aside>';
    expect(indexedText(page(missing))).toBe(page(''));
  });

  it('keeps everything Pagefind reads, even in part, and an aside that holds another', () => {
    // Skipped for its text only: Pagefind still reads its filters and metadata.
    expect(indexedText(page(''))).toContain('<aside class="note" data-pagefind-ignore>Nota</aside>');
    const nested = '<aside data-pagefind-ignore="all"><aside>Dentro</aside> y fuera</aside>';
    expect(indexedText(page(nested))).toBe(page(nested));
    const other = '<div data-pagefind-ignore="all">Otro elemento</div>';
    expect(indexedText(page(other))).toBe(page(other));
  });
});

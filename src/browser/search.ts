import { isEmptySearch, pagefindFilters, paramsFromState, queryNames, stateFromParams, type FacetId, type SearchState } from './search-state.ts';
import { storyExcerpt, type ExcerptPart, type IndexedText } from './search-excerpt.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData extends IndexedText {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<unknown>;
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindResponse>;
}

const PAGE = 10;

/** Runs the search page: reads the URL, searches with Pagefind on demand, renders facets and results. */
export function startSearch(form: HTMLFormElement): void {
  const base = form.dataset['base'] ?? '/';
  // The language's search index folder, from the page (`searchIndexUrl`).
  const index = form.dataset['index']!;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(form.dataset['locale']);
  // Counts as the page's language writes them ("1,234", "12.345"), as the page itself does.
  const number = new Intl.NumberFormat(form.dataset['locale']);
  const dateFormat = new Intl.DateTimeFormat(form.dataset['locale'], { dateStyle: 'long', timeZone: 'UTC' });
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-results]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
  const suggestions = form.querySelector<HTMLElement>('[data-suggestions]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  // The page offers the facets the newsletter declares (`SearchPage.astro`).
  const facetIds = [...form.querySelectorAll<HTMLElement>('[data-facet]')].map((fieldset) => fieldset.dataset['facet']!);
  // The taxonomies whose term names a result shows beside its date, and under its summary.
  const shownIn = (where: string) => (list.dataset[where] ?? '').split(' ').filter(Boolean);
  const metaFacets = shownIn('meta');
  const tagFacets = shownIn('tags');
  // A term's name, marked with its language where the page's has none yet (as the facet's label is).
  const names = (data: PagefindResultData, facets: readonly string[]): Text[] =>
    facets.flatMap((id) =>
      (data.filters[id] ?? []).map((text) => ({ text, lang: boxes.find((b) => b.name === id && b.dataset['label'] === text)?.dataset['lang'] })),
    );
  // The languages the page's stories may be written in besides its own, named as cards name them (LanguageBadge.astro).
  const languages = JSON.parse(form.dataset['languages'] ?? '{}') as Record<string, string>;
  const initialStatus = status.textContent ?? '';
  const initialCounts = new Map(boxes.map((b) => [b, counter(b).textContent ?? '']));
  const labelOf = (facet: FacetId, slug: string) => boxes.find((b) => b.name === facet && b.value === slug)?.dataset['label'];

  let pagefind: Promise<Pagefind> | undefined;
  // Nothing of the index is fetched until the reader searches or picks a facet.
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${index}pagefind.js`).then(async (pf: Pagefind) => {
      // Searching in the page itself spares slow phones a second 12 KB download (Pagefind's worker).
      await pf.options({ baseUrl: base, noWorker: true });
      await pf.filters();
      return pf;
    }));

  let generation = 0;
  let shown: PagefindResponse['results'] = [];

  function read(): SearchState {
    const params = new URLSearchParams();
    params.set('q', input.value);
    params.set('sort', sort.value);
    for (const b of boxes) if (b.checked) params.append(b.name, b.value);
    return stateFromParams(params, facetIds);
  }

  function show(state: SearchState) {
    input.value = state.q;
    sort.value = state.sort;
    for (const b of boxes) b.checked = state.selected[b.name]?.includes(b.value) ?? false;
  }

  async function run(state: SearchState, history: 'push' | 'replace' | 'none') {
    if (history !== 'none') {
      const query = paramsFromState(state).toString();
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    const current = ++generation;
    suggest(state);
    if (isEmptySearch(state)) {
      status.textContent = initialStatus;
      list.replaceChildren();
      more.hidden = true;
      for (const [b, count] of initialCounts) counter(b).textContent = count;
      return;
    }
    status.textContent = strings['loading'] ?? '';
    try {
      const pf = await load();
      const options = (except?: FacetId) => ({
        filters: pagefindFilters(state, labelOf, except),
        ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
      });
      const main = await pf.search(state.q || null, options());
      // A facet's counts say what each of its values would give with the other facets as they are.
      const perFacet = await Promise.all(facetIds.map((id) => (state.selected[id]?.length ? pf.search(state.q || null, options(id)) : Promise.resolve(main))));
      if (current !== generation) return;
      for (const b of boxes) {
        const facet = facetIds.indexOf(b.name);
        counter(b).textContent = number.format(perFacet[facet]?.filters[b.name]?.[b.dataset['label'] ?? ''] ?? 0);
      }
      shown = main.results;
      list.replaceChildren();
      await render(0, current);
      if (current !== generation) return;
      // Announced once the results are on the page.
      const count = main.results.length;
      status.textContent =
        count === 0 ? (strings['noResults'] ?? '') : (strings[plural.select(count)] ?? '').replace(/\{\{count[^}]*\}\}/, number.format(count));
    } catch {
      if (current === generation) status.textContent = strings['error'] ?? '';
    }
  }

  async function render(from: number, current: number) {
    const data = await Promise.all(shown.slice(from, from + PAGE).map((r) => r.data()));
    if (current !== generation) return;
    list.append(...data.map(result));
    more.hidden = from + PAGE >= shown.length;
  }

  /** Offers the facets whose term the query names ("trabajo infantil" → Topic: Child labour). */
  function suggest(state: SearchState) {
    const named = state.q ? boxes.filter((b) => !b.checked && queryNames(state.q, (b.dataset['keywords'] ?? '').split('|'))).slice(0, 3) : [];
    suggestions.hidden = named.length === 0;
    suggestions.querySelector('ul')!.replaceChildren(
      ...named.map((box) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = box.dataset['suggestion'] ?? '';
        button.addEventListener('click', () => {
          box.checked = true;
          void run(read(), 'push');
        });
        item.append(button);
        return item;
      }),
    );
  }

  function result(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'card';
    const heading = document.createElement('h2');
    heading.className = 'card-title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    const date = data.meta['date'] ? dateFormat.format(new Date(data.meta['date'])) : '';
    meta.append(...joined([{ text: date }, ...names(data, metaFacets)]));
    // A story the page's language borrows from another (it has no version of its own) is in that language, marked as on a card.
    const lang = data.meta['lang'];
    if (lang) {
      item.lang = lang;
      meta.lang = document.documentElement.lang;
      const badge = document.createElement('span');
      badge.className = 'lang-badge';
      badge.lang = lang;
      badge.textContent = languages[lang] ?? lang;
      meta.append(' ', badge);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'card-summary';
    // The story's own words around the match; its summary when only its keywords matched.
    const parts = storyExcerpt(data, Number(data.meta['keywords'] ?? 0)) ?? [{ text: data.meta['summary'] ?? '', mark: false }];
    excerpt.append(...highlighted(parts));
    const tags = names(data, tagFacets);
    const topics = document.createElement('p');
    topics.className = 'card-meta';
    if (lang) topics.lang = document.documentElement.lang;
    topics.append(...joined(tags));
    item.append(heading, meta, excerpt, ...(tags.length ? [topics] : []));
    return item;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(read(), 'push');
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run(read(), 'push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(read(), 'replace'), 300);
  });
  form.querySelector('[data-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    const empty = stateFromParams(new URLSearchParams(), facetIds);
    show(empty);
    void run(empty, 'push');
  });
  more.addEventListener('click', () => void render(list.children.length, generation));
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(location.search), facetIds);
    show(state);
    void run(state, 'none');
  });

  const initial = stateFromParams(new URLSearchParams(location.search), facetIds);
  show(initial);
  // The facets come folded (a wide screen's stylesheet shows them anyway);
  // filters already chosen, from the address, are shown unfolded.
  const facets = form.querySelector<HTMLDetailsElement>('[data-facets]');
  if (facets && boxes.some((b) => b.checked)) facets.open = true;
  if (!isEmptySearch(initial)) void run(initial, 'none');
}

function counter(box: HTMLInputElement): HTMLElement {
  return box.parentElement!.querySelector<HTMLElement>('[data-count]')!;
}

/** Text shown in a result, and its language where it is not the page's. */
interface Text {
  text: string;
  lang?: string | undefined;
}

/** Texts joined by " · " as nodes, each in another language than the page's in a span that says which; the empty ones left out. */
function joined(texts: readonly Text[]): Node[] {
  return texts
    .filter((t) => t.text)
    .flatMap(({ text, lang }, i) => {
      const node = lang ? Object.assign(document.createElement('span'), { lang, textContent: text }) : document.createTextNode(text);
      return i > 0 ? [document.createTextNode(' · '), node] : [node];
    });
}

/** An excerpt as text nodes and <mark> elements: the story's text never becomes markup. */
function highlighted(parts: readonly ExcerptPart[]): Node[] {
  return parts.map(({ text, mark }) => {
    if (!mark) return document.createTextNode(text);
    const marked = document.createElement('mark');
    marked.textContent = text;
    return marked;
  });
}

import { defineNewsletter } from './config/declaration.ts';
import enSite from './i18n/en/site.json' with { type: 'json' };
import enEmail from './i18n/en/email.json' with { type: 'json' };
import enChecker from './i18n/en/checker.json' with { type: 'json' };
import enEditor from './i18n/en/editor.json' with { type: 'json' };
import esSite from './i18n/es/site.json' with { type: 'json' };
import esEmail from './i18n/es/email.json' with { type: 'json' };
import esChecker from './i18n/es/checker.json' with { type: 'json' };
import esEditor from './i18n/es/editor.json' with { type: 'json' };

/**
 * The newsletter: its identity, its languages and its taxonomies. Another
 * organization reuses the generator by replacing `content/`, the UI strings
 * in `src/i18n/` and this file; no other code needs to change.
 */
export default defineNewsletter({
  name: { en: 'Fair Trade Voices', es: 'Voces del Comercio Justo' },
  tagline: {
    en: 'News from small fair-trade producers in Latin America and the Caribbean',
    es: 'Noticias de los pequeños productores de comercio justo de América Latina y el Caribe',
  },
  publisher: { name: 'CLAC', inText: { es: 'la CLAC' } },
  siteUrl: 'https://newsletter.example.org',

  defaultLanguage: 'en',
  languages: [
    {
      code: 'en',
      tag: 'en-GB',
      label: 'English',
      strings: { site: enSite, email: enEmail, checker: enChecker, editor: enEditor },
      sections: { articles: 'articles', search: 'search', translations: 'translations', print: 'print' },
    },
    {
      code: 'es',
      label: 'Español',
      strings: { site: esSite, email: esEmail, checker: esChecker, editor: esEditor },
      sections: { articles: 'articulos', search: 'buscar', translations: 'traducciones', print: 'imprimir' },
    },
  ],

  taxonomies: [
    {
      field: 'topic',
      terms: { vocabulary: 'topics' },
      segment: { en: 'topics', es: 'temas' },
      feeds: true,
      related: true,
      results: 'tags',
      navigation: true,
      home: 'terms',
      descriptions: true,
    },
    {
      field: 'country',
      terms: 'countries',
      segment: { en: 'countries', es: 'paises' },
      related: true,
      cards: true,
      results: 'meta',
      navigation: true,
      home: 'terms',
      order: 'name',
      role: 'map',
    },
    {
      field: 'organization',
      terms: { vocabulary: 'organizations', kind: 'organization' },
      segment: { en: 'organizations', es: 'organizaciones' },
      navigation: true,
    },
    {
      field: 'product',
      terms: { vocabulary: 'products' },
      required: false,
      segment: { en: 'products', es: 'productos' },
    },
    {
      field: 'edition',
      terms: { vocabulary: 'editions', kind: 'edition' },
      multiple: false,
      segment: { en: 'editions', es: 'ediciones' },
      feeds: true,
      onArticle: false,
      navigation: true,
      descriptions: true,
      order: 'newest',
      role: 'edition',
    },
  ],
});

import { describe, expect, it } from 'vitest';
import { defineNewsletter, type NewsletterDeclaration } from '../../src/config/declaration.ts';
import { resolveNewsletter } from '../../src/config/newsletter.ts';
import { newsletterSchema } from '../../src/schemas/declaration/index.ts';
import { languageSchema } from '../../src/schemas/declaration/language.ts';
import { taxonomySchema } from '../../src/schemas/declaration/taxonomy.ts';
import type { StringTree } from '../../src/config/declaration.ts';
import type { UiStrings } from '../../src/i18n/strings.ts';
import sample from '../fixtures/sample/newsletter.config.ts';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A string tree with each plural in every CLDR category (its `_other` text), as any language's plural rules need. */
function inEveryCategory(tree: StringTree): StringTree {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]): [string, string | StringTree][] => {
      if (typeof value !== 'string') return [[key, inEveryCategory(value)]];
      if (key.endsWith('_one')) return [];
      return key.endsWith('_other') ? CATEGORIES.map((c) => [key.replace(/_other$/, `_${c}`), value]) : [[key, value]];
    }),
  );
}

/** The sample's English strings, plurals in every category: strings any added language may borrow. */
const en = Object.fromEntries(Object.entries(sample.languages[0]!.strings).map(([ns, tree]) => [ns, inEveryCategory(tree)])) as UiStrings;

/** The sample declaration with some of it changed, as a publisher might get it wrong. */
function declared(change: (d: NewsletterDeclaration) => NewsletterDeclaration): NewsletterDeclaration {
  return change(structuredClone(sample) as NewsletterDeclaration);
}

/** The list of mistakes `resolveNewsletter` reports for a declaration, one per line. */
function mistakes(declaration: NewsletterDeclaration): string[] {
  try {
    resolveNewsletter(declaration, 'newsletter.config.ts');
    return [];
  } catch (error) {
    const [first, ...lines] = (error as Error).message.split('\n');
    expect(first).toBe('newsletter.config.ts declares the newsletter wrongly:');
    return lines.map((l) => l.replace(/^ {2}- /, ''));
  }
}

describe('the newsletter declaration', () => {
  it('takes the sample as it is, with defaults filled in', () => {
    const resolved = resolveNewsletter(sample as NewsletterDeclaration, 'newsletter.config.ts');
    expect(resolved.languages.map((l) => [l.code, l.tag, l.label])).toEqual([
      ['en', 'en-GB', 'English'],
      ['es', 'es', 'Español'],
    ]);
    const product = resolved.taxonomies.find((t) => t.field === 'product')!;
    expect(product).toMatchObject({ required: false, multiple: true, pages: true, feeds: false, facet: true, order: 'name', home: 'link' });
  });

  it('names a language from Intl when the declaration does not, and falls back to its declared languages, then the default one, then the others', () => {
    const resolved = resolveNewsletter(
      declared((d) => ({
        ...d,
        name: { ...d.name, pt: 'Vozes' },
        tagline: { ...d.tagline, pt: 'Notícias' },
        languages: [
          ...d.languages,
          {
            code: 'pt',
            tag: 'pt-BR',
            fallback: ['es'],
            strings: en,
            sections: { articles: 'artigos', search: 'busca', translations: 'traducoes', print: 'imprimir' },
          },
        ],
        taxonomies: d.taxonomies.map((t) => ({ ...t, segment: { ...t.segment, pt: `${t.segment['en']}-pt` } })),
      })),
      'newsletter.config.ts',
    );
    const pt = resolved.languages.find((l) => l.code === 'pt')!;
    expect(pt.label).toBe('português (Brasil)');
    expect(pt.fallback).toEqual(['es', 'en']);
    expect(resolved.languages.find((l) => l.code === 'es')!.fallback).toEqual(['en', 'pt']);
  });

  it('reports every mistake at once, each naming the field and what would be valid', () => {
    const found = mistakes(
      declared((d) => ({
        ...d,
        defaultLanguage: 'fr',
        name: { en: 'Voices' },
        languages: [d.languages[0]!, { ...d.languages[1]!, fallback: ['pt'], sections: { ...d.languages[1]!.sections, search: 'Buscar Aquí' } }],
      })),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "defaultLanguage: 'fr' is not one of the languages (en, es)",
        'name: no es value',
        "languages.es.fallback: 'pt' is not another declared language (en)",
        "languages.es.sections.search: 'Buscar Aquí' must be lower case words joined by hyphens",
      ]),
    );
  });

  it('takes a sign-up page per language, whole web addresses of declared languages only', () => {
    const withSubscribe = (subscribe: Record<string, string>) => declared((d) => ({ ...d, subscribe }));
    expect(resolveNewsletter(withSubscribe({ es: 'https://lists.example.org/es' }), 'newsletter.config.ts').subscribe).toEqual({
      es: 'https://lists.example.org/es',
    });
    expect(resolveNewsletter(sample as NewsletterDeclaration, 'newsletter.config.ts').subscribe).toEqual({});
    expect(mistakes(withSubscribe({ en: 'lists.example.org/en', fr: 'https://lists.example.org/fr' }))).toEqual([
      "subscribe.en: 'lists.example.org/en' is not a web address (write it whole: https://…)",
      "subscribe: 'fr' is not a declared language (en, es)",
    ]);
  });

  it('takes the sending service by name or as its placeholders, and none by default', () => {
    const withService = (emailService: NonNullable<NewsletterDeclaration['emailService']>) => declared((d) => ({ ...d, emailService }));
    expect(resolveNewsletter(sample as NewsletterDeclaration, 'newsletter.config.ts').emailPlaceholders).toBeUndefined();
    expect(resolveNewsletter(withService('listmonk'), 'newsletter.config.ts').emailPlaceholders).toEqual({
      unsubscribe: '{{ UnsubscribeURL }}',
      viewInBrowser: '{{ MessageURL }}',
    });
    expect(resolveNewsletter(withService('mailchimp'), 'newsletter.config.ts').emailPlaceholders).toEqual({
      unsubscribe: '*|UNSUB|*',
      viewInBrowser: '*|ARCHIVE|*',
    });
    expect(resolveNewsletter(withService('buttondown'), 'newsletter.config.ts').emailPlaceholders).toEqual({ unsubscribe: '{{ unsubscribe_url }}' });
    expect(resolveNewsletter(withService('mailerlite'), 'newsletter.config.ts').emailPlaceholders).toEqual({ unsubscribe: '{$unsubscribe}' });
    expect(resolveNewsletter(withService({ unsubscribe: '%unsubscribe_url%' }), 'newsletter.config.ts').emailPlaceholders).toEqual({
      unsubscribe: '%unsubscribe_url%',
    });
    expect(mistakes(withService('sendgrid' as 'listmonk'))).toEqual([
      "emailService: 'sendgrid' is not a service the generator knows (listmonk, mailchimp, buttondown, mailerlite); give its placeholders instead: { unsubscribe: '…', viewInBrowser: '…' }",
    ]);
    expect(mistakes(withService({ unsubscribe: ' ', viewInBrowser: 'a\nb' }))).toEqual([
      "emailService.unsubscribe: write the service's unsubscribe placeholder, on one line (Mailchimp's is *|UNSUB|*), or name a service (listmonk, mailchimp, buttondown, mailerlite)",
      "emailService.viewInBrowser: write the service's placeholder, on one line (Mailchimp's is *|ARCHIVE|*), or leave it out",
    ]);
  });

  it('checks each taxonomy: its field, its segments, its role and its UI strings', () => {
    const found = mistakes(
      declared((d) => ({
        ...d,
        taxonomies: [
          ...d.taxonomies.filter((t) => t.role !== 'edition'),
          { field: 'region', terms: { vocabulary: 'regions' }, segment: { en: 'regions', es: 'temas' }, role: 'map' },
          { field: 'summary', terms: { vocabulary: 'x' }, segment: { en: 'x', es: 'x' } },
          { field: 'Certification', terms: { vocabulary: 'certifications' }, segment: { en: 'certifications' } as Record<string, string> },
        ],
      })),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "taxonomies.region: role 'map' needs terms: 'countries'",
        "taxonomies.region.segment.es: 'temas' is also the es segment of taxonomies.topic.segment.es",
        "taxonomies.summary: 'summary' is already an article field (title, summary, date, translationKey, image, imageAlt, imageCaption, imageCredit, slug, draft)",
        "taxonomies.Certification: the field 'Certification' must be one word in camelCase, such as region or certification",
        'taxonomies.Certification.segment: no es value',
        "taxonomies: only one taxonomy may have role 'map' (country, region do)",
        "taxonomies: one taxonomy needs role 'edition' (the newsletter's editions)",
        "languages.en.strings: taxonomies.region needs title, label, intro, inText (e.g. { title: 'Regions', label: 'Region', intro: 'Stories by region.', inText: 'the region' })",
      ]),
    );
  });

  it('knows which way each language is written: as declared, else from Intl for its tag, else left to right', () => {
    const withLanguages = (...more: { code: string; tag?: string; dir?: 'ltr' | 'rtl' }[]) =>
      declared((d) => ({
        ...d,
        name: { ...d.name, ...Object.fromEntries(more.map((l) => [l.code, 'Voices'])) },
        tagline: { ...d.tagline, ...Object.fromEntries(more.map((l) => [l.code, 'News'])) },
        languages: [
          ...d.languages,
          ...more.map((l, i) => ({ ...l, strings: en, sections: { articles: `a${i}`, search: `s${i}`, translations: `t${i}`, print: 'p' } })),
        ],
        taxonomies: d.taxonomies.map((t) => ({
          ...t,
          segment: { ...t.segment, ...Object.fromEntries(more.map((l) => [l.code, `${t.segment['en']}-${l.code}`])) },
        })),
      }));
    const resolved = resolveNewsletter(withLanguages({ code: 'ar' }, { code: 'fa', tag: 'fa-IR' }, { code: 'he', dir: 'ltr' }), 'newsletter.config.ts');
    expect(Object.fromEntries(resolved.languages.map((l) => [l.code, l.dir]))).toEqual({ en: 'ltr', es: 'ltr', ar: 'rtl', fa: 'rtl', he: 'ltr' });
    expect(mistakes(withLanguages({ code: 'xx', tag: 'not a tag' }, { code: 'yy', dir: 'RTL' as 'rtl' }))).toEqual([
      "languages.xx.tag: 'not a tag' is not a BCP 47 language tag such as pt-BR",
      "languages.yy.dir: 'RTL' must be 'ltr' or 'rtl'",
    ]);
  });

  it('takes a card font only as an installed Fontsource package', () => {
    const withCardFont = (cardFont: string) => declared((d) => ({ ...d, languages: d.languages.map((l) => (l.code === 'es' ? { ...l, cardFont } : l)) }));
    expect(resolveNewsletter(withCardFont('@fontsource/noto-sans'), 'newsletter.config.ts').languages[1]!.cardFont).toBe('@fontsource/noto-sans');
    expect(mistakes(withCardFont('@fontsource/noto-sans-thai'))).toEqual([
      "languages.es.cardFont: '@fontsource/noto-sans-thai' is not installed (npm install @fontsource/noto-sans-thai)",
    ]);
    expect(mistakes(withCardFont('Noto Sans Thai'))).toEqual([
      "languages.es.cardFont: 'Noto Sans Thai' is not a Fontsource package such as @fontsource/noto-sans-thai",
    ]);
  });

  it("finds a language's missing UI strings against the default language's file", () => {
    const { search: _search, ...withoutSearch } = sample.languages[1]!.strings.site;
    const found = mistakes(
      declared((d) => ({ ...d, languages: d.languages.map((l) => (l.code === 'es' ? { ...l, strings: { ...l.strings, site: withoutSearch } } : l)) })),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^languages\.es\.strings: missing site\.search\.\w+(, site\.search\.\w+){4} and \d+ more$/);
  });

  it("needs each plural in the language's own categories: Spanish's `_many` too, which English has not", () => {
    const es = sample.languages[1]!.strings;
    const { articleCount_many: _many, ...listing } = es.site['listing'] as StringTree;
    const found = mistakes(
      declared((d) => ({ ...d, languages: d.languages.map((l) => (l.code === 'es' ? { ...l, strings: { ...es, site: { ...es.site, listing } } } : l)) })),
    );
    expect(found).toEqual(['languages.es.strings: missing site.listing.articleCount_many']);
  });
  it('documents every option in the schema, as the publisher reads it', () => {
    const shapes = {
      newsletter: newsletterSchema.in.shape,
      language: languageSchema.in.shape,
      taxonomy: taxonomySchema.in.shape,
      sections: languageSchema.in.shape.sections.shape,
    };
    const undocumented = Object.entries(shapes).flatMap(([name, shape]) =>
      Object.entries(shape).flatMap(([option, schema]) => (schema.description ? [] : [`${name}.${option}`])),
    );
    expect(undocumented).toEqual([]);
  });

  it("takes an edition taxonomy's terms as editions unless it says otherwise, and orders them newest first", () => {
    const withEditionTerms = (terms: { vocabulary: string; kind?: 'term' | 'edition' }) =>
      declared((d) => ({ ...d, taxonomies: d.taxonomies.map((t) => (t.role === 'edition' ? { ...t, terms, order: undefined } : t)) }));
    const edition = resolveNewsletter(withEditionTerms({ vocabulary: 'editions' }), 'newsletter.config.ts').taxonomies.find((t) => t.role === 'edition')!;
    expect(edition).toMatchObject({ terms: { vocabulary: 'editions', kind: 'edition' }, order: 'newest' });
    expect(mistakes(withEditionTerms({ vocabulary: 'editions', kind: 'term' }))).toEqual([
      "taxonomies.edition: role 'edition' needs terms: { vocabulary: …, kind: 'edition' }",
    ]);
  });

  it('names a language by its code and a taxonomy by its field, wherever the mistake is', () => {
    const found = mistakes(
      declared((d) => ({
        ...d,
        languages: d.languages.map((l) => (l.code === 'es' ? { ...l, sections: { ...l.sections, print: 'Imprimir' } } : l)),
        taxonomies: d.taxonomies.map((t) => (t.field === 'product' ? { ...t, segment: { ...t.segment, es: 'temas' } } : t)),
      })),
    );
    expect(found).toEqual([
      "languages.es.sections.print: 'Imprimir' must be lower case words joined by hyphens",
      "taxonomies.product.segment.es: 'temas' is also the es segment of taxonomies.topic.segment.es",
    ]);
  });

  it('types a declaration by its own language codes: a third language needs no cast, and a value left out for it fails to compile', () => {
    const pt = { code: 'pt', strings: en, sections: { articles: 'artigos', search: 'busca', translations: 'traducoes', print: 'imprimir' } } as const;
    const withPt = {
      ...sample,
      name: { ...sample.name, pt: 'Vozes' },
      tagline: { ...sample.tagline, pt: 'Notícias' },
      languages: [...sample.languages, pt],
      taxonomies: sample.taxonomies.map((t) => ({ ...t, segment: { ...t.segment, pt: `${t.segment.en}-pt` } })),
    };
    expect(resolveNewsletter(defineNewsletter(withPt), 'newsletter.config.ts').languages.map((l) => l.code)).toEqual(['en', 'es', 'pt']);
    // @ts-expect-error: the declaration has a language with no name
    defineNewsletter({ ...withPt, name: sample.name });
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { newsletter } from '../../src/config/newsletter.ts';
import enChecker from '../fixtures/sample/strings/en/checker.json' with { type: 'json' };
import esChecker from '../fixtures/sample/strings/es/checker.json' with { type: 'json' };
import type { Locale } from '../../src/i18n/locales.ts';
import { neededKeys, PLURAL } from '../../src/i18n/strings.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { messageLanguage } from '../../src/lib/content/message-language.ts';
import { newArticle, type NewArticleRequest } from '../../src/lib/content/new-article.ts';
import { formatText, type Problem } from '../../src/lib/content/problems.ts';
import { didYouMean } from '../../src/lib/content/suggest.ts';
import { termsOf } from '../../src/schemas/article.ts';
import { issueText } from '../../src/schemas/issues.ts';
import ptChecker from '../fixtures/trilingual/strings/pt/checker.json' with { type: 'json' };
import { article, contentFixture, FIXTURE_CONTENT, validArticle } from '../helpers/content-fixture.ts';

/*
 * Every message of the checker (the `checker` group of the UI strings), each
 * brought about by one small broken input and read in each language of the
 * sample newsletter. What only the commands say (their usage, their closing
 * lines, the build's and the dev server's headings) is tested where they run:
 * tests/unit/editor-tools.test.ts, tests/build/failure.test.ts and
 * tests/browser/dev-errors.test.ts.
 */
const SAID_BY_COMMANDS = [
  'checked',
  'unknownFormat',
  'notBuilt',
  'lastValidVersion',
  'fixed',
  'newUsage',
  'notCreated',
  'created',
  'fillIn',
  'translationsSummary',
  'missingTranslations',
  'outdatedTranslations',
  'fileDates',
];

/**
 * The message of the problem that checking the fixture content, with
 * `changes`, finds in `file` (the first file they change): its one error,
 * else its one warning. `prepare` changes the content further.
 */
function problemIn(changes: Record<string, string | null>, file = Object.keys(changes)[0]!, prepare?: (dir: string) => void) {
  return (language: Locale) => {
    const fixture = contentFixture(changes);
    try {
      prepare?.(fixture.dir);
      const inFile = checkContent(fixture.dir, language).problems.filter((p) => p.file === join(fixture.dir, file));
      const errors = inFile.filter((p) => p.severity === 'error');
      const found = errors.length ? errors : inFile;
      if (found.length !== 1) throw new Error(`expected one problem in ${file}, found: ${JSON.stringify(inFile.map((p) => p.message))}`);
      return found[0]!.message;
    } finally {
      fixture.cleanup();
    }
  };
}

const FILE = 'articles/en/broken.md';
const broken = (fields: Record<string, string | undefined>, body?: string) => problemIn({ [FILE]: article({ ...validArticle, ...fields }, body) });
const inBody = (body: string, more: Record<string, string> = {}) => problemIn({ [FILE]: article(validArticle, body), ...more });
const fixtureFile = (path: string) => readFileSync(join(FIXTURE_CONTENT, path), 'utf8');
const withTerm = (path: string, yaml: string) => problemIn({ [path]: `${fixtureFile(path)}${yaml}` });
const TOPICS = 'vocabularies/topics.yaml';
const ORGANIZATIONS = 'vocabularies/organizations.yaml';
const EDITIONS = 'vocabularies/editions.yaml';
const edition = (fields: string) => withTerm(EDITIONS, `2016-12:\n${fields}\n  title: { en: Third, es: Tercera }\n  intro: { en: A., es: B. }\n`);
const organization = (fields: string) => withTerm(ORGANIZATIONS, `coop:\n  name: Coop\n${fields}\n  description: { en: A., es: B. }\n`);
const topicName = (name: string) => withTerm(TOPICS, `youth:\n  name: ${name}\n`);

const sample = checkContent(FIXTURE_CONTENT);
/** What `npm run new` answers to a request, in the story's language (its messages', too). */
const created =
  (request: Omit<NewArticleRequest, 'locale' | 'today'>, exists = false, articles = (_: Locale) => sample.articles) =>
  (language: Locale) => {
    const made = newArticle({ ...request, locale: language, today: '2024-05-01' }, FIXTURE_CONTENT, articles(language), sample.vocabularies, () => exists);
    return made.ok ? made.text : made.message;
  };
const problem = (severity: Problem['severity'], line: number): Problem => ({ severity, file: '/content/a.md', line, message: '…' });
const country = newsletter.taxonomies.find((t) => t.field === 'country')!;

const cases: { keys: string[]; run: (language: Locale) => string; en: string; es: string }[] = [
  // Terms, named by their taxonomy.
  {
    keys: ['unknownTerm', 'didYouMean'],
    run: broken({ topic: '[child-labor]' }),
    en: "the topic 'child-labor' does not exist; did you mean 'child-labour'?",
    es: "el tema 'child-labor' no existe; ¿quiso decir 'child-labour'?",
  },
  {
    keys: ['unknownTerm'],
    run: broken({ organization: '[clac, montana-azull]' }),
    en: "the organization 'montana-azull' does not exist; did you mean 'montana-azul'?",
    es: "la organización 'montana-azull' no existe; ¿quiso decir 'montana-azul'?",
  },
  {
    keys: ['notCountryCode'],
    run: broken({ country: '[PU]' }),
    en: "the country 'PU' is not an ISO 3166-1 alpha-2 code; did you mean 'PE', 'AU', or 'CU'?",
    es: "el país 'PU' no es un código ISO 3166-1 alfa-2; ¿quiso decir 'PE', 'AU' o 'CU'?",
  },
  {
    keys: ['validValues'],
    run: (l) => didYouMean('banana', [{ key: 'child-labour' }, { key: 'youth' }], l),
    en: 'valid values: child-labour, youth',
    es: 'valores válidos: child-labour, youth',
  },
  {
    keys: ['someValidValues'],
    run: (l) =>
      didYouMean(
        'banana',
        Array.from({ length: 13 }, (_, i) => ({ key: `term-${i + 1}` })),
        l,
      ),
    en: 'valid values: term-1, term-2, term-3, term-4, term-5, term-6, term-7, term-8, term-9, term-10, term-11, term-12, … (13 in all)',
    es: 'valores válidos: term-1, term-2, term-3, term-4, term-5, term-6, term-7, term-8, term-9, term-10, term-11, term-12, … (13 en total)',
  },
  // Placeholders left by `npm run new`.
  {
    keys: ['placeholder', 'write', 'someTerms'],
    run: broken({ topic: '[TODO]' }),
    en: 'topic still holds the placeholder TODO: write one or more keys from vocabularies/topics.yaml',
    es: 'el campo topic todavía contiene el marcador TODO: escriba una o más claves de vocabularies/topics.yaml',
  },
  {
    keys: ['oneTerm'],
    run: broken({ edition: 'TODO' }),
    en: 'edition still holds the placeholder TODO: write a key from vocabularies/editions.yaml',
    es: 'el campo edition todavía contiene el marcador TODO: escriba una clave de vocabularies/editions.yaml',
  },
  {
    keys: ['someCountries'],
    run: broken({ country: '[TODO]' }),
    en: 'country still holds the placeholder TODO: write one or more ISO 3166-1 alpha-2 codes, such as [PE, CO]',
    es: 'el campo country todavía contiene el marcador TODO: escriba uno o más códigos ISO 3166-1 alfa-2, como [PE, CO]',
  },
  // The sample declares no taxonomy of one country per story.
  {
    keys: ['oneCountry'],
    run: (l) => termsOf({ ...country, multiple: false }, l),
    en: 'an ISO 3166-1 alpha-2 code, such as PE',
    es: 'un código ISO 3166-1 alfa-2, como PE',
  },
  {
    keys: ['summary'],
    run: broken({ summary: '"TODO: one or two sentences"' }),
    en: 'summary still holds the placeholder TODO: write one or two sentences that tell the story',
    es: 'el campo summary todavía contiene el marcador TODO: escriba una o dos oraciones que cuenten la historia',
  },
  {
    keys: ['writeValue'],
    run: broken({ title: 'TODO' }),
    en: 'title still holds the placeholder TODO: write its real value',
    es: 'el campo title todavía contiene el marcador TODO: escriba su valor real',
  },
  {
    keys: ['bodyPlaceholder'],
    run: broken({}, 'TODO: write the story here.'),
    en: 'the text still holds the placeholder TODO: write the story',
    es: 'el texto todavía contiene el marcador TODO: escriba la historia',
  },
  // Frontmatter fields.
  {
    keys: ['unknownField'],
    run: broken({ topics: '[child-labour]' }),
    en: "unknown field 'topics'; did you mean 'topic'?",
    es: "el campo 'topics' no existe; ¿quiso decir 'topic'?",
  },
  { keys: ['labelled', 'required'], run: broken({ title: undefined }), en: 'title: is required', es: 'title: es obligatorio' },
  {
    keys: ['requiredAs', 'summary'],
    run: broken({ summary: undefined }),
    en: 'summary: is required (one or two sentences that tell the story)',
    es: 'summary: es obligatorio (una o dos oraciones que cuenten la historia)',
  },
  {
    keys: ['translationKey'],
    run: broken({ translationKey: undefined }),
    en: 'translationKey: is required (the same in every language version of the story)',
    es: 'translationKey: es obligatorio (el mismo en todas las versiones de la historia)',
  },
  {
    keys: ['someTerms'],
    run: broken({ topic: undefined }),
    en: 'topic: is required (one or more keys from vocabularies/topics.yaml)',
    es: 'topic: es obligatorio (una o más claves de vocabularies/topics.yaml)',
  },
  { keys: ['dateFormat'], run: broken({ date: undefined }), en: 'date: is required (YYYY-MM-DD)', es: 'date: es obligatorio (AAAA-MM-DD)' },
  {
    keys: ['notADate'],
    run: broken({ date: 'next tuesday' }),
    en: "date: 'next tuesday' is not a date; write it as YYYY-MM-DD, e.g. 2016-02-15",
    es: "date: 'next tuesday' no es una fecha; escríbala como AAAA-MM-DD, p. ej. 2016-02-15",
  },
  {
    keys: ['impossibleDate', 'monthDays'],
    run: broken({ date: '2016-02-30' }),
    en: "date: '2016-02-30' is not a date: February 2016 has 29 days",
    es: "date: '2016-02-30' no es una fecha: febrero de 2016 tiene 29 días",
  },
  {
    keys: ['noSuchMonth'],
    run: broken({ date: '2016-13-01' }),
    en: "date: '2016-13-01' is not a date: there is no month 13",
    es: "date: '2016-13-01' no es una fecha: no existe el mes 13",
  },
  {
    keys: ['oneOrList'],
    run: broken({ topic: '{ a: 1 }' }),
    en: 'topic: must be one value or a list, such as [a, b]',
    es: 'topic: debe ser un valor o una lista, como [a, b]',
  },
  { keys: ['atLeastOne'], run: broken({ topic: '[]' }), en: 'topic: needs at least one value', es: 'topic: necesita al menos un valor' },
  {
    keys: ['exactlyOne'],
    run: broken({ edition: '["2016-02", "2016-07"]' }),
    en: 'edition: must be one value: a key from vocabularies/editions.yaml',
    es: 'edition: debe ser un solo valor: una clave de vocabularies/editions.yaml',
  },
  { keys: ['notText'], run: broken({ imageAlt: '3' }), en: 'imageAlt: must be text', es: 'imageAlt: debe ser un texto' },
  { keys: ['empty'], run: broken({ imageCaption: '""' }), en: 'imageCaption: must not be empty', es: 'imageCaption: no debe estar vacío' },
  { keys: ['notTrueOrFalse'], run: broken({ draft: 'yes' }), en: 'draft: must be true or false', es: 'draft: debe ser true o false' },
  {
    keys: ['notSlug'],
    run: broken({ translationKey: 'Coffee Network' }),
    en: 'translationKey: must be lower case words joined by hyphens, such as peru-coffee-network',
    es: 'translationKey: debe estar en minúsculas, con las palabras unidas por guiones, como peru-coffee-network',
  },
  {
    keys: ['notFrontmatter'],
    run: problemIn({ [FILE]: '---\njust a line\n---\n\nText.\n' }),
    en: 'the frontmatter must be fields, one per line, such as title: …',
    es: 'el encabezado debe tener un campo por línea, como title: …',
  },
  {
    keys: ['imageAlt'],
    run: problemIn({ [FILE]: article({ ...validArticle, image: './coffee.jpg' }), 'articles/en/coffee.jpg': 'x' }),
    en: 'imageAlt: is required with an image: describe the picture, or write imageAlt: "" if it is purely decorative',
    es: 'imageAlt: es obligatorio si hay una imagen: describa la imagen, o escriba imageAlt: "" si es solo decorativa',
  },
  {
    keys: ['imageNotFound'],
    run: broken({ image: './nowhere.jpg', imageAlt: 'Coffee' }),
    en: "image './nowhere.jpg' does not exist (looked for articles/en/nowhere.jpg)",
    es: "la imagen './nowhere.jpg' no existe (se buscó articles/en/nowhere.jpg)",
  },
  // YAML and files.
  {
    keys: ['malformedFrontmatter', 'quoteColon'],
    run: broken({ title: 'Peru: coffee' }),
    en: 'malformed frontmatter: a value that contains ": " must be in double quotes',
    es: 'el encabezado está mal escrito: un valor que contiene ": " debe ir entre comillas dobles',
  },
  {
    keys: ['fieldTwice'],
    run: problemIn({ [FILE]: `---\ntitle: One\n${article(validArticle).slice(4)}` }),
    en: 'malformed frontmatter: a field is written twice',
    es: 'el encabezado está mal escrito: un campo está escrito dos veces',
  },
  {
    keys: ['noFrontmatter'],
    run: problemIn({ [FILE]: 'Just text.\n' }),
    en: 'malformed frontmatter: the file must start with a frontmatter block between two --- lines',
    es: 'el encabezado está mal escrito: el archivo debe empezar con un encabezado entre dos líneas ---',
  },
  {
    keys: ['notInLanguageFolder'],
    run: problemIn({ 'articles/fr/story.md': article(validArticle) }),
    en: "articles must live in a language folder (articles/en/ or articles/es/); 'fr' is not one",
    es: "los artículos deben estar en una carpeta de idioma (articles/en/ o articles/es/); 'fr' no lo es",
  },
  {
    keys: ['noArticlesFolder'],
    run: problemIn({}, 'articles', (dir) => rmSync(join(dir, 'articles'), { recursive: true })),
    en: 'there is no articles folder; put articles in articles/en/ and articles/es/',
    es: 'no hay carpeta articles; ponga los artículos en articles/en/ y articles/es/',
  },
  {
    keys: ['longFileName'],
    run: problemIn({ [`articles/en/${'coffee-growers-'.repeat(6)}meet.md`]: article(validArticle) }),
    en: `file name '${'coffee-growers-'.repeat(6)}meet.md' is too long: 94 characters before .md, more than the 80 every file system accepts; rename it to '${'coffee-growers-'.repeat(4)}coffee-growers.md'`,
    es: `el nombre de archivo '${'coffee-growers-'.repeat(6)}meet.md' es demasiado largo: 94 caracteres antes de .md, más de los 80 que aceptan todos los sistemas de archivos; cámbielo a '${'coffee-growers-'.repeat(4)}coffee-growers.md'`,
  },
  {
    keys: ['longKey'],
    run: broken({ translationKey: `${'coffee-growers-'.repeat(6)}meet` }),
    en: `translationKey '${'coffee-growers-'.repeat(6)}meet' is too long: 94 characters, more than the 80 a file name may have; shorten it to '${'coffee-growers-'.repeat(4)}coffee-growers' in every language version of the story`,
    es: `el translationKey '${'coffee-growers-'.repeat(6)}meet' es demasiado largo: 94 caracteres, más de los 80 que admite un nombre de archivo; acórtelo a '${'coffee-growers-'.repeat(4)}coffee-growers' en todas las versiones de la historia`,
  },
  // The collection.
  {
    keys: ['duplicate'],
    run: broken({ translationKey: 'coffee-network' }),
    en: "translationKey 'coffee-network' is also used by coffee-network.md in English; each English article needs its own",
    es: "el translationKey 'coffee-network' también lo usa coffee-network.md, en inglés; cada artículo en inglés necesita el suyo",
  },
  {
    keys: ['duplicate'],
    run: problemIn({
      [FILE]: article({ ...validArticle, slug: 'climate-story' }),
      'articles/en/other.md': article({ ...validArticle, translationKey: 'other', slug: 'climate-story' }),
    }),
    en: "slug 'climate-story' is also used by climate-story.md and other.md in English; each English article needs its own",
    es: "el slug 'climate-story' también lo usan climate-story.md y other.md, en inglés; cada artículo en inglés necesita el suyo",
  },
  {
    keys: ['untranslated'],
    run: problemIn({}, 'articles/en/climate-story.md'),
    en: "no Spanish version yet (translationKey 'climate-story')",
    es: "aún no hay versión en español (translationKey 'climate-story')",
  },
  // Article bodies.
  { keys: ['imageMissing'], run: inBody('![A photo](./photo.jpg)'), en: "image './photo.jpg' does not exist", es: "la imagen './photo.jpg' no existe" },
  {
    keys: ['noAltText'],
    run: inBody('![](./photo.jpg)', { 'articles/en/photo.jpg': 'x' }),
    en: "image './photo.jpg' has no alt text: describe it between the brackets, ![like this](./photo.jpg)",
    es: "la imagen './photo.jpg' no tiene texto alternativo: descríbala entre los corchetes, ![así](./photo.jpg)",
  },
  {
    keys: ['linkToNothing'],
    run: inBody('See [this](./coffee-netwrk.md).'),
    en: "link './coffee-netwrk.md' points to no article; did you mean 'coffee-network.md'?",
    es: "el enlace './coffee-netwrk.md' no lleva a ningún artículo; ¿quiso decir 'coffee-network.md'?",
  },
  {
    keys: ['linkToTranslation'],
    run: problemIn({ 'articles/en/coffee-network.md': `${fixtureFile('articles/en/coffee-network.md')}\nSee [this](../es/red-cafetalera.md).\n` }),
    en: "link '../es/red-cafetalera.md' points to the Spanish version; readers are taken to ./coffee-network.md, in their language: link to it instead",
    es: "el enlace '../es/red-cafetalera.md' lleva a la versión en español; los lectores irán a ./coffee-network.md, en su idioma: enlace a esa versión en su lugar",
  },
  {
    keys: ['linkToUntranslated'],
    // A warning: the Spanish story links to one that is in English only.
    run: problemIn({ 'articles/es/red-cafetalera.md': `${fixtureFile('articles/es/red-cafetalera.md')}\nVea [la historia](../en/climate-story.md).\n` }),
    en: "link '../en/climate-story.md' leads readers to the English version, marked as such: there is no Spanish version yet; once there is, link to it instead",
    es: "el enlace '../en/climate-story.md' lleva a los lectores a la versión en inglés, marcada como tal: aún no hay versión en español; cuando la haya, enlace a ella",
  },
  {
    keys: ['htmlLink'],
    run: inBody('See <a href="./coffee-network.md">the network</a>.'),
    en: "link './coffee-network.md' is written in HTML: write it in Markdown, [text](./coffee-network.md)",
    es: "el enlace './coffee-network.md' está escrito en HTML: escríbalo en Markdown, [texto](./coffee-network.md)",
  },
  {
    keys: ['unsafeLink'],
    run: inBody('Click [here](javascript:alert(1)).'),
    en: "link 'javascript:alert(1)' is a javascript: address: link to a web page (https://…) or to another story",
    es: "el enlace 'javascript:alert(1)' es una dirección javascript: enlace a una página web (https://…) o a otra historia",
  },
  {
    keys: ['remoteImage'],
    run: inBody('![A cooperative](https://example.org/coop.jpg)'),
    en: "image 'https://example.org/coop.jpg' is an address, not a file of the content folder: readers' browsers would not load it (the site loads nothing from elsewhere); put the picture in content/images/ and point to its file",
    es: "la imagen 'https://example.org/coop.jpg' es una dirección, no un archivo de la carpeta de contenido: los navegadores de los lectores no la cargarían (el sitio no carga nada de otros sitios); ponga la imagen en content/images/ y apunte a su archivo",
  },
  {
    keys: ['localImage'],
    run: inBody('![A cooperative](http://127.0.0.1:4480/admin/x)'),
    en: "image 'http://127.0.0.1:4480/admin/x' is on a computer of your own, which readers cannot reach: put the picture in content/images/ and point to its file",
    es: "la imagen 'http://127.0.0.1:4480/admin/x' está en una computadora suya, a la que los lectores no pueden llegar: ponga la imagen en content/images/ y apunte a su archivo",
  },
  {
    keys: ['unsafeImage'],
    run: inBody('![A dot](data:image/png;base64,iVBORw0KGgo=)'),
    en: "image 'data:image/png;base64,iVBORw0KGgo=' is a data: address: put the picture in content/images/ and point to its file",
    es: "la imagen 'data:image/png;base64,iVBORw0KGgo=' es una dirección data: ponga la imagen en content/images/ y apunte a su archivo",
  },
  {
    keys: ['forbiddenElement'],
    run: inBody('<script>alert(1)</script>'),
    en: '<script> is not allowed in a story: remove it (a story carries no scripts, styles or embedded frames)',
    es: '<script> no está permitido en una historia: quítelo (una historia no lleva programas, estilos ni marcos incrustados)',
  },
  {
    keys: ['eventHandler'],
    run: inBody('<img src="x.jpg" alt="x" onerror="alert(1)">'),
    en: '<img> has an event-handler attribute, onerror: remove it (a story runs no scripts)',
    es: '<img> tiene un atributo de evento, onerror: quítelo (una historia no ejecuta programas)',
  },
  {
    keys: ['invalidMdx'],
    run: problemIn({ 'articles/en/broken.mdx': article(validArticle, '<div>\n\nText.') }),
    en: 'the text is not valid MDX: Expected a closing tag for `<div>`',
    es: 'el texto no es MDX válido: Expected a closing tag for `<div>`',
  },
  // Vocabularies.
  {
    keys: ['missingVocabulary'],
    run: problemIn({ [TOPICS]: null }),
    en: 'the vocabulary file vocabularies/topics.yaml is missing (every story needs the field topic)',
    es: 'falta el archivo de vocabulario vocabularies/topics.yaml (todas las historias necesitan el campo topic)',
  },
  {
    keys: ['malformedYaml'],
    run: topicName('Youth: and more'),
    en: 'malformed YAML: a value that contains ": " must be in double quotes',
    es: 'el YAML está mal escrito: un valor que contiene ": " debe ir entre comillas dobles',
  },
  {
    keys: ['notAMapping'],
    run: problemIn({ [TOPICS]: '- youth\n- climate\n' }),
    en: 'vocabularies/topics.yaml must map each term key to its fields',
    es: 'vocabularies/topics.yaml debe asociar cada clave de término con sus campos',
  },
  {
    keys: ['badTermKey'],
    run: withTerm(TOPICS, 'Youth Work:\n  name: Youth work\n'),
    en: "term key 'Youth Work' must be lower case words joined by hyphens",
    es: "la clave de término 'Youth Work' debe estar en minúsculas, con las palabras unidas por guiones",
  },
  {
    keys: ['untranslatedTerm'],
    run: topicName('{ en: Youth }'),
    en: "'youth' name has no Spanish text yet; those pages show the English one",
    es: "el campo name de 'youth' aún no tiene texto en español; esas páginas muestran el texto en inglés",
  },
  {
    keys: ['notLocalized'],
    run: topicName('[Youth]'),
    en: "'youth' name: must be text, or one text per language: { en: …, es: … }",
    es: "'youth' name: debe ser un texto, o un texto por idioma: { en: …, es: … }",
  },
  {
    keys: ['notALanguage'],
    run: topicName('{ en: Youth, es: Juventud, fr: Jeunesse }'),
    en: "'youth' name: 'fr' is not one of the newsletter's languages (en and es)",
    es: "'youth' name: 'fr' no es uno de los idiomas del boletín (en y es)",
  },
  {
    keys: ['notALanguage'],
    run: topicName('{ en: Youth, fr: Jeunesse, pt: Juventude }'),
    en: "'youth' name: 'fr' and 'pt' are not languages of the newsletter (en and es)",
    es: "'youth' name: 'fr' y 'pt' no son idiomas del boletín (en y es)",
  },
  {
    keys: ['needsDefault'],
    run: topicName('{ es: Juventud }'),
    en: "'youth' name: needs its English text, which the other languages fall back to",
    es: "'youth' name: necesita su texto en inglés, que los demás idiomas muestran en su lugar",
  },
  {
    keys: ['unknownField'],
    run: withTerm(TOPICS, 'youth:\n  nmae: Youth\n  name: Youth\n'),
    en: "'youth': unknown field 'nmae'; did you mean 'name'?",
    es: "'youth': el campo 'nmae' no existe; ¿quiso decir 'name'?",
  },
  {
    keys: ['notFields'],
    run: withTerm(TOPICS, 'youth: Youth\n'),
    en: "'youth': must be fields (name: value)",
    es: "'youth': debe ser un conjunto de campos (nombre: valor)",
  },
  {
    keys: ['notList'],
    run: withTerm(TOPICS, 'youth:\n  name: Youth\n  aliases: young people\n'),
    en: "'youth' aliases: must be a list, such as [a, b]",
    es: "'youth' aliases: debe ser una lista, como [a, b]",
  },
  { keys: ['required'], run: organization('  country: PE'), en: "'coop' kind: is required", es: "'coop' kind: es obligatorio" },
  {
    keys: ['notOneOf'],
    run: organization('  kind: netwrk'),
    en: "'coop' kind: 'netwrk' is not a valid value; did you mean 'network'?",
    es: "'coop' kind: 'netwrk' no es un valor válido; ¿quiso decir 'network'?",
  },
  {
    keys: ['notCountry'],
    run: organization('  kind: network\n  country: XX'),
    en: "'coop' country: 'XX' is not an ISO 3166-1 alpha-2 country code",
    es: "'coop' country: 'XX' no es un código de país ISO 3166-1 alfa-2",
  },
  {
    keys: ['notWebAddress'],
    run: organization('  kind: network\n  url: coop dot org'),
    en: "'coop' url: must be a web address, such as https://example.org",
    es: "'coop' url: debe ser una dirección web, como https://example.org",
  },
  {
    keys: ['notNumber'],
    run: edition('  number: three\n  date: 2016-12-15'),
    en: "'2016-12' number: must be a number",
    es: "'2016-12' number: debe ser un número",
  },
  {
    keys: ['notWholeNumber'],
    run: edition('  number: 2.5\n  date: 2016-12-15'),
    en: "'2016-12' number: must be a whole number",
    es: "'2016-12' number: debe ser un número entero",
  },
  {
    keys: ['moreThan'],
    run: edition('  number: 0\n  date: 2016-12-15'),
    en: "'2016-12' number: must be more than 0",
    es: "'2016-12' number: debe ser mayor que 0",
  },
  {
    keys: ['impossibleDate'],
    run: edition('  number: 3\n  date: 2016-12-32'),
    en: "'2016-12' date: '2016-12-32' is not a date: December 2016 has 31 days",
    es: "'2016-12' date: '2016-12-32' no es una fecha: diciembre de 2016 tiene 31 días",
  },
  // Two topics both named "Juventud" in Spanish would stand at one Spanish address.
  {
    keys: ['sameAddress'],
    run: withTerm(TOPICS, 'youth:\n  name: { en: Youth, es: Juventud }\nyoung-people:\n  name: { en: Young people, es: Juventud }\n'),
    en: "terms 'youth' and 'young-people' would both be at /es/temas/juventud/ in Spanish: give one of them another Spanish name, or an address of its own (slug: { es: … })",
    es: "los términos 'youth' y 'young-people' quedarían los dos en /es/temas/juventud/ en español: dé a uno de ellos otro nombre en español, o una dirección propia (slug: { es: … })",
  },
  {
    keys: ['sameNumber'],
    run: edition('  number: 2\n  date: 2016-12-15'),
    en: "editions '2016-07' and '2016-12' both have number 2",
    es: "las ediciones '2016-07' y '2016-12' tienen el mismo número, 2",
  },
  // What zod may find that no schema's input here brings about (a value too big, for one).
  { keys: ['invalid'], run: (l) => issueText({ code: 'too_big', origin: 'string', maximum: 3, input: 'long' }, l), en: 'is not valid', es: 'no es válido' },
  // The text output's severities and counts.
  {
    keys: ['error', 'warning', 'counts', 'errorCount', 'warningCount'],
    run: (l) => formatText([problem('error', 1), problem('warning', 2), problem('warning', 3)], l, '/content'),
    en: 'a.md\n  a.md:1: error: …\n  a.md:2: warning: …\n  a.md:3: warning: …\n\n1 error, 2 warnings',
    es: 'a.md\n  a.md:1: error: …\n  a.md:2: advertencia: …\n  a.md:3: advertencia: …\n\n1 error, 2 advertencias',
  },
  {
    keys: ['errorCount', 'warningCount'],
    run: (l) =>
      formatText([problem('error', 1), problem('error', 2), problem('warning', 3)], l, '/content')
        .split('\n')
        .pop()!,
    en: '2 errors, 1 warning',
    es: '2 errores, 1 advertencia',
  },
  // The message language itself, told in the system's.
  {
    keys: ['unknownLanguage'],
    run: (l) => {
      try {
        return messageLanguage('fr', { LANG: l });
      } catch (error) {
        return (error as Error).message;
      }
    },
    en: "--lang must be en or es, not 'fr'",
    es: "--lang debe ser en o es, no 'fr'",
  },
  // `npm run new`, in the story's language.
  {
    keys: ['noLetters'],
    run: created({ title: '¿?' }),
    en: '--title needs at least one letter or digit',
    es: '--title necesita al menos una letra o un dígito',
  },
  {
    keys: ['fileExists'],
    run: created({ title: 'Coffee network' }, true),
    en: 'articles/en/coffee-network.md already exists (nothing was changed); choose another title',
    es: 'articles/es/coffee-network.md ya existe (no se cambió nada); elija otro título',
  },
  {
    keys: ['unknownTerm'],
    run: created({ title: 'A story', edition: '2016-03' }),
    en: "the edition '2016-03' does not exist; did you mean '2016-07' or '2016-02'?",
    es: "la edición '2016-03' no existe; ¿quiso decir '2016-07' o '2016-02'?",
  },
  {
    keys: ['unknownStory'],
    run: created({ title: 'A story', translationOf: 'climat-story' }),
    en: "no article has translationKey 'climat-story'; did you mean 'climate-story'?",
    es: "ningún artículo tiene el translationKey 'climat-story'; ¿quiso decir 'climate-story'?",
  },
  {
    keys: ['alreadyTranslated'],
    run: (l) => created({ title: 'A story', translationOf: 'coffee-network' })(l).replace(FIXTURE_CONTENT, 'content'),
    en: "the story 'coffee-network' already has a version in English: content/articles/en/coffee-network.md",
    es: "la historia 'coffee-network' ya tiene una versión en español: content/articles/es/red-cafetalera.md",
  },
  {
    keys: ['keyTaken'],
    run: created({ title: 'Coffee network' }),
    en: "translationKey 'coffee-network' is already used in English; choose another title",
    es: "el translationKey 'coffee-network' ya se usa en español; elija otro título",
  },
  {
    keys: ['newBody', 'summary'],
    run: (l) =>
      created({ title: 'A story' })(l)
        .split('\n')
        .filter((line) => /^(summary|TODO):/.test(line))
        .join('\n'),
    en: 'summary: "TODO: one or two sentences that tell the story"\nTODO: write the story here, in Markdown.',
    es: 'summary: "TODO: una o dos oraciones que cuenten la historia"\nTODO: escriba aquí la historia, en Markdown.',
  },
  {
    keys: ['translateBody'],
    // The network story, as if it had no version in the language asked for.
    run: (l) =>
      created({ title: 'A story', translationOf: 'coffee-network' }, false, (language) => sample.articles.filter((a) => a.locale !== language))(l)
        .split('\n')
        .at(-2)!,
    en: 'TODO: translate the story from es/red-cafetalera.md.',
    es: 'TODO: traduzca la historia de en/coffee-network.md.',
  },
];

describe('every checker message, in every language', () => {
  it.each(cases)('$keys.0: $en', ({ run, en: english, es: spanish }) => {
    expect(run('en')).toBe(english);
    expect(run('es')).toBe(spanish);
  });

  it('covers every key of the checker strings, here or where the commands run', () => {
    const keys = new Set(Object.keys(enChecker).map((k) => k.replace(PLURAL, '')));
    const covered = new Set([...cases.flatMap((c) => c.keys), ...SAID_BY_COMMANDS]);
    expect([...keys].filter((k) => !covered.has(k))).toEqual([]);
    expect([...covered].filter((k) => !keys.has(k))).toEqual([]);
  });
});

/** Each `{{…}}` of a string, by the name of the value it takes. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('the checker strings of every language', () => {
  // The sample's languages are loaded by the declaration, which checks their keys; Portuguese is the fixture's third.
  // Each has its own plural forms (Spanish and Portuguese a `_many`), which take the values of the English `_other`.
  const languages: Record<string, { tag: string; strings: Record<string, string> }> = {
    es: { tag: 'es', strings: esChecker },
    pt: { tag: 'pt-BR', strings: ptChecker },
  };
  const english: Record<string, string> = enChecker;
  it.each(Object.keys(languages))('%s has every English key in its plural categories, none empty, each taking the values the English one takes', (code) => {
    const { tag, strings } = languages[code]!;
    const needed = neededKeys(english, tag);
    for (const key of needed) {
      const translated = strings[key];
      expect(translated?.trim(), `${code} ${key}`).toBeTruthy();
      expect(placeholders(translated!), `${code} ${key}`).toEqual(placeholders(english[key] ?? english[key.replace(PLURAL, '_other')]!));
    }
    expect(Object.keys(strings).sort()).toEqual(needed.sort());
  });
});

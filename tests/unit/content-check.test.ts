import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { formatGithub, formatText, hasErrors, type Problem } from '../../src/lib/content/problems.ts';
import type { OrganizationData } from '../../src/schemas/vocabularies.ts';
import { article, contentFixture, FIXTURE_CONTENT, validArticle } from '../helpers/content-fixture.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function check(changes: Record<string, string | null>) {
  const fixture = contentFixture(changes);
  cleanup = fixture.cleanup;
  return checkContent(fixture.dir);
}
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

describe('the sample newsletter', () => {
  it('validates with no errors, and every story exists in every language', () => {
    const { problems, articles } = checkContent(SAMPLE_CONTENT);
    expect(formatText(problems, 'en')).toContain('0 errors, 0 warnings');
    expect(articles).toHaveLength(10 * locales.length);
    for (const locale of locales)
      expect(
        articles.filter((a) => a.locale === locale),
        locale,
      ).toHaveLength(10);
  });
});

describe('the fixture content', () => {
  it('is valid, with one untranslated article reported as a warning', () => {
    const { problems } = check({});
    expect(errors(problems)).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', field: 'translationKey' });
    expect(problems[0]!.message).toContain("no Spanish version yet (translationKey 'climate-story')");
  });
});

const FILE = 'articles/en/broken.md';
const MDX = 'articles/en/broken.mdx';
const cases: { name: string; changes: Record<string, string | null>; field?: string; line: number; message: string }[] = [
  {
    name: 'a missing required field',
    changes: { [FILE]: article({ ...validArticle, summary: undefined }) },
    field: 'summary',
    line: 2,
    message: 'summary: is required (one or two sentences that tell the story)',
  },
  {
    name: 'an unknown country code',
    changes: { [FILE]: article({ ...validArticle, country: '[PU]' }) },
    field: 'country',
    line: 7,
    message: "the country 'PU' is not an ISO 3166-1 alpha-2 code; did you mean 'PE'",
  },
  {
    name: 'a country written by its name',
    changes: { [FILE]: article({ ...validArticle, country: 'Perú' }) },
    field: 'country',
    line: 7,
    message: "the country 'PERÚ' is not an ISO 3166-1 alpha-2 code; did you mean 'PE'?",
  },
  {
    name: 'an unknown topic',
    changes: { [FILE]: article({ ...validArticle, topic: '[child-labor]' }) },
    field: 'topic',
    line: 8,
    message: "the topic 'child-labor' does not exist; did you mean 'child-labour'?",
  },
  {
    name: 'a topic written by its Spanish name',
    changes: { [FILE]: article({ ...validArticle, topic: 'Trabajo infantil' }) },
    field: 'topic',
    line: 8,
    message: "the topic 'Trabajo infantil' does not exist; did you mean 'child-labour'?",
  },
  {
    name: 'an unknown organization',
    changes: { [FILE]: article({ ...validArticle, organization: '[clac, montana-azull]' }) },
    field: 'organization',
    line: 9,
    message: "the organization 'montana-azull' does not exist; did you mean 'montana-azul'?",
  },
  {
    name: 'an unknown product',
    changes: { [FILE]: article({ ...validArticle, product: '[cofee]' }) },
    field: 'product',
    line: 10,
    message: "the product 'cofee' does not exist; did you mean 'coffee'?",
  },
  {
    name: 'an unknown edition',
    changes: { [FILE]: article({ ...validArticle, edition: '"2016-03"' }) },
    field: 'edition',
    line: 5,
    message: "the edition '2016-03' does not exist; did you mean '2016-02'",
  },
  {
    name: 'a missing required taxonomy',
    changes: { [FILE]: article({ ...validArticle, topic: undefined }) },
    field: 'topic',
    line: 2,
    message: 'topic: is required (one or more keys from vocabularies/topics.yaml)',
  },
  {
    name: 'an image without alt text',
    changes: { [FILE]: article({ ...validArticle, image: './coffee.jpg' }), 'articles/en/coffee.jpg': 'x' },
    field: 'imageAlt',
    line: 2,
    message: 'imageAlt: is required with an image',
  },
  {
    name: 'a missing image file',
    changes: { [FILE]: article({ ...validArticle, image: './nowhere.jpg', imageAlt: 'Coffee cherries' }) },
    field: 'image',
    line: 10,
    message: "image './nowhere.jpg' does not exist",
  },
  {
    name: 'a translationKey used twice in one language',
    changes: { [FILE]: article({ ...validArticle, translationKey: 'coffee-network' }) },
    field: 'translationKey',
    line: 6,
    message: "translationKey 'coffee-network' is also used by coffee-network.md in English",
  },
  {
    name: 'a slug used twice in one language',
    changes: { [FILE]: article({ ...validArticle, slug: 'climate-story' }) },
    field: 'slug',
    line: 10,
    message: "slug 'climate-story' is also used by climate-story.md in English",
  },
  {
    name: 'an unparseable date',
    changes: { [FILE]: article({ ...validArticle, date: 'next tuesday' }) },
    field: 'date',
    line: 4,
    message: "date: 'next tuesday' is not a date; write it as YYYY-MM-DD",
  },
  {
    // YAML reads 2016-02-30 as a date and rolls it over into 1 March.
    name: 'a day February does not have',
    changes: { [FILE]: article({ ...validArticle, date: '2016-02-30' }) },
    field: 'date',
    line: 4,
    message: "date: '2016-02-30' is not a date: February 2016 has 29 days",
  },
  {
    name: 'the 29th of February in a year that is not a leap year, in quotes',
    changes: { [FILE]: article({ ...validArticle, date: '"2015-02-29"' }) },
    field: 'date',
    line: 4,
    message: "date: '2015-02-29' is not a date: February 2015 has 28 days",
  },
  {
    name: 'a thirteenth month',
    changes: { [FILE]: article({ ...validArticle, date: '2016-13-01' }) },
    field: 'date',
    line: 4,
    message: "date: '2016-13-01' is not a date: there is no month 13",
  },
  {
    // YAML 1.1 would read `yes` as true; Astro's parser (js-yaml) reads text, so the build would fail.
    name: 'yes for true or false',
    changes: { [FILE]: article({ ...validArticle, draft: 'yes' }) },
    field: 'draft',
    line: 10,
    message: 'draft: must be true or false',
  },
  {
    name: 'malformed YAML',
    changes: { [FILE]: article({ ...validArticle, title: 'Peru: coffee' }) },
    line: 2,
    message: 'malformed frontmatter: a value that contains ": " must be in double quotes',
  },
  {
    name: 'a misspelt field name',
    changes: { [FILE]: article({ ...validArticle, topics: '[child-labour]' }) },
    field: 'topics',
    line: 10,
    message: "unknown field 'topics'; did you mean 'topic'?",
  },
  {
    name: 'a link to an article that does not exist',
    changes: { [FILE]: article(validArticle, 'See [this](./coffee-netwrk.md).') },
    line: 12,
    message: "link './coffee-netwrk.md' points to no article; did you mean 'coffee-network.md'?",
  },
  {
    name: 'a body image without alt text',
    changes: { [FILE]: article(validArticle, '![](./photo.jpg)'), 'articles/en/photo.jpg': 'x' },
    line: 12,
    message: "image './photo.jpg' has no alt text",
  },
  {
    name: 'a reference-style link to an article that does not exist, reported on its definition',
    changes: { [FILE]: article(validArticle, 'See [this][c].\n\n[c]: ./coffee-netwrk.md') },
    line: 14,
    message: "link './coffee-netwrk.md' points to no article; did you mean 'coffee-network.md'?",
  },
  {
    name: 'an image reference without alt text',
    changes: { [FILE]: article(validArticle, '![][p]\n\n[p]: ./photo.jpg'), 'articles/en/photo.jpg': 'x' },
    line: 12,
    message: "image './photo.jpg' has no alt text",
  },
  {
    name: 'a link to a story written in HTML, which the build would publish as written',
    changes: { [FILE]: article(validArticle, 'See <a href="./coffee-network.md">the network</a>.') },
    line: 12,
    message: "link './coffee-network.md' is written in HTML: write it in Markdown, [text](./coffee-network.md)",
  },
  {
    name: 'an MDX link element to an article that does not exist',
    changes: { [MDX]: article(validArticle, 'See <a href="./coffee-netwrk.md">this</a>.') },
    line: 12,
    message: "link './coffee-netwrk.md' points to no article; did you mean 'coffee-network.md'?",
  },
  {
    name: 'an event-handler attribute in HTML',
    changes: { [FILE]: article(validArticle, '<img src="x.jpg" onerror="alert(1)">') },
    line: 12,
    message: '<img> has an event-handler attribute, onerror',
  },
  {
    name: 'a javascript: link',
    changes: { [FILE]: article(validArticle, 'Click [here](javascript:alert(1)).') },
    line: 12,
    message: "link 'javascript:alert(1)' is a javascript: address",
  },
  {
    name: 'a vbscript: reference definition, in capitals',
    changes: { [FILE]: article(validArticle, 'Click [here][x].\n\n[x]: VBScript:msgbox(1)') },
    line: 14,
    message: "link 'VBScript:msgbox(1)' is a vbscript: address",
  },
  {
    name: 'a data: picture',
    changes: { [FILE]: article(validArticle, 'A dot: ![A dot](data:image/png;base64,iVBORw0KGgo=)') },
    line: 12,
    message: "image 'data:image/png;base64,iVBORw0KGgo=' is a data: address",
  },
  {
    name: 'a javascript: address in an HTML link, disguised by a character reference',
    changes: { [FILE]: article(validArticle, 'Click <a href="java&#115;cript:alert(1)">here</a>.') },
    line: 12,
    message: "link 'javascript:alert(1)' is a javascript: address",
  },
  {
    name: 'a script element, in capitals, a few lines into an HTML block',
    changes: { [FILE]: article(validArticle, '<div>\n<p>Hello</p>\n<SCRIPT>alert(1)</SCRIPT>\n</div>') },
    line: 14,
    message: '<script> is not allowed in a story',
  },
  {
    name: 'a style element',
    changes: { [FILE]: article(validArticle, '<style>body { display: none }</style>') },
    line: 12,
    message: '<style> is not allowed in a story',
  },
  {
    name: 'an iframe',
    changes: { [FILE]: article(validArticle, 'Intro.\n\n<iframe src="https://example.org/video"></iframe>') },
    line: 14,
    message: '<iframe> is not allowed in a story',
  },
  {
    name: 'an object element',
    changes: { [FILE]: article(validArticle, '<object data="movie.swf"></object>') },
    line: 12,
    message: '<object> is not allowed in a story',
  },
  {
    name: 'an embed element',
    changes: { [FILE]: article(validArticle, '<embed src="movie.swf">') },
    line: 12,
    message: '<embed> is not allowed in a story',
  },
  {
    name: 'an event-handler attribute in MDX',
    changes: { [MDX]: article(validArticle, 'Intro.\n\n<button onClick={() => alert(1)}>Press</button>') },
    line: 14,
    message: '<button> has an event-handler attribute, onClick',
  },
  {
    name: 'a javascript: address in an MDX link, as an expression',
    changes: { [MDX]: article(validArticle, 'Click <a href={"javascript:alert(1)"}>here</a>.') },
    line: 12,
    message: "link 'javascript:alert(1)' is a javascript: address",
  },
  {
    name: 'an iframe in MDX',
    changes: { [MDX]: article(validArticle, '<iframe src="https://example.org/video" />') },
    line: 12,
    message: '<iframe> is not allowed in a story',
  },
  {
    name: 'an article outside a language folder',
    changes: { 'articles/fr/story.md': article(validArticle) },
    line: 1,
    message: "articles must live in a language folder (articles/en/ or articles/es/); 'fr' is not one",
  },
  {
    name: 'two topics whose Spanish names make one address, reported on the second name',
    changes: {
      'vocabularies/topics.yaml': `${readFileSync(join(FIXTURE_CONTENT, 'vocabularies/topics.yaml'), 'utf8')}youth:\n  name: { en: Youth, es: Juventud }\nyoung-people:\n  name: { en: Young people, es: Juventud }\n`,
    },
    field: 'young-people.name',
    line: 10,
    message: "terms 'youth' and 'young-people' would both be at /es/temas/juventud/ in Spanish",
  },
];

describe('bad input gets an error naming file, line, field and fix', () => {
  it.each(cases)('$name', ({ changes, field, line, message }) => {
    const { problems } = check(changes);
    expect(hasErrors(problems)).toBe(true);
    // A duplicate is reported in each file that shares the value; look at the changed one.
    const found = errors(problems).filter((p) => basename(p.file) === basename(Object.keys(changes)[0]!));
    expect(found).toHaveLength(1);
    const [problem] = found;
    expect(basename(problem!.file)).toBe(basename(Object.keys(changes)[0]!));
    expect(problem!.message).toContain(message);
    expect(problem!.line).toBe(line);
    if (field) expect(problem!.field).toBe(field);
  });

  it('takes two terms of one name in a language once one has a slug of its own there', () => {
    const topics = `${readFileSync(join(FIXTURE_CONTENT, 'vocabularies/topics.yaml'), 'utf8')}youth:\n  name: { en: Youth, es: Juventud }\nyoung-people:\n  name: { en: Young people, es: Juventud }\n  slug: { es: personas-jovenes }\n`;
    expect(errors(check({ 'vocabularies/topics.yaml': topics }).problems)).toEqual([]);
  });
});

/** Code samples an article may show: none of it is a link or HTML. */
const CODE = [
  'Write `[the story](./no-such-story.md)` or `<script>alert(1)</script>`, never `[x](javascript:alert(1))`.',
  '',
  '```html',
  '<img src="x" onerror="alert(1)">',
  '<iframe src="https://example.org"></iframe>',
  '[a story](./no-such-story.md)',
  '```',
  '',
  '<!-- <script>alert(1)</script> -->',
].join('\n');

describe('links and HTML in article bodies', () => {
  it.each([FILE, MDX])('code spans, code blocks and comments in %s are text', (file) => {
    const body = file.endsWith('.mdx') ? CODE.replace(/<!--.*-->/, '{/* <script> */}') : CODE;
    expect(errors(check({ [file]: article(validArticle, body) }).problems)).toEqual([]);
  });
  it('records the articles a body links to, reference-style links included', () => {
    const { articles } = check({
      [FILE]: article(validArticle, 'See [the network][n] and [the climate story](./climate-story.md "Climate").\n\n[n]: ./coffee-network.md#top'),
    });
    const broken = articles.find((a) => basename(a.file) === 'broken.md')!;
    expect(broken.links.map((f) => basename(f)).sort()).toEqual(['climate-story.md', 'coffee-network.md']);
  });
  describe('a link to a story that has no version in the linking story’s language', () => {
    const SPANISH = 'articles/es/red-cafetalera.md';
    const linking = `${readFileSync(join(FIXTURE_CONTENT, SPANISH), 'utf8')}\nVea [la historia del clima](../en/climate-story.md).\n`;
    it('is a warning naming file, line and what to do, and the story is recorded as linked', () => {
      const { problems, articles } = check({ [SPANISH]: linking });
      expect(errors(problems)).toEqual([]);
      const found = problems.filter((p) => basename(p.file) === 'red-cafetalera.md');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warning',
          line: 15,
          message:
            "link '../en/climate-story.md' leads readers to the English version, marked as such: there is no Spanish version yet; once there is, link to it instead",
        }),
      ]);
      expect(articles.find((a) => basename(a.file) === 'red-cafetalera.md')!.links.map((f) => basename(f))).toEqual(['climate-story.md']);
    });
    it('once that version exists, still a warning, now naming the file to link (readers are taken to it)', () => {
      const { problems } = check({
        [SPANISH]: linking,
        'articles/es/historia-del-clima.md': article({ ...validArticle, translationKey: 'climate-story', edition: '"2016-07"' }),
      });
      expect(errors(problems)).toEqual([]);
      const found = problems.filter((p) => basename(p.file) === 'red-cafetalera.md');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warning',
          line: 15,
          message:
            "link '../en/climate-story.md' points to the English version; readers are taken to ./historia-del-clima.md, in their language: link to it instead",
        }),
      ]);
    });
    it.each([
      ['inline', 'Intro.\n\nSee [this](../es/red-cafetalera.md).'],
      ['by a reference definition', 'See [this][c].\n\n[c]: ../es/red-cafetalera.md "La versión en español"'],
    ])('to the other language’s version of a story this language has (%s) is the warning naming the file to link', (_, body) => {
      const { problems } = check({ [FILE]: article(validArticle, body) });
      expect(errors(problems)).toEqual([]);
      expect(problems.filter((p) => p.file.endsWith(FILE) && p.field !== 'translationKey')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          line: 14,
          message:
            "link '../es/red-cafetalera.md' points to the Spanish version; readers are taken to ./coffee-network.md, in their language: link to it instead",
        }),
      ]);
    });
    it('written in HTML, is the error that asks for Markdown, which alone becomes the story’s URL', () => {
      const { problems } = check({
        [SPANISH]: linking.replace('[la historia del clima](../en/climate-story.md)', '<a href="../en/climate-story.md">la historia del clima</a>'),
      });
      expect(errors(problems).map((p) => p.message)).toEqual([
        "link '../en/climate-story.md' is written in HTML: write it in Markdown, [text](../en/climate-story.md)",
      ]);
    });
  });
  it('reports a malformed MDX body on its line instead of stopping', () => {
    const found = errors(check({ [MDX]: article(validArticle, 'Intro.\n\n<div>\n\nText.') }).problems);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(14);
    expect(found[0]!.message).toContain('the text is not valid MDX: Expected a closing tag for `<div>`');
  });
});

describe('vocabulary integrity', () => {
  it('warns of a topic name missing in a language other than the default, which then reads as the default’s', () => {
    const { problems } = check({
      'vocabularies/topics.yaml': 'youth:\n  name: { en: Youth }\n  description: { en: Young people., es: Jóvenes. }\n',
    });
    const inFile = problems.filter((p) => basename(p.file) === 'topics.yaml').map((p) => [p.severity, p.line, p.field, p.message]);
    expect(inFile).toEqual([['warning', 2, 'youth.name', "'youth' name has no Spanish text yet; those pages show the English one"]]);
  });
  it('requires the default language for a topic name, and no language the newsletter does not declare', () => {
    for (const name of ['{ es: Juventud }', '{ en: Youth, es: Juventud, fr: Jeunesse }']) {
      const { problems } = check({ 'vocabularies/topics.yaml': `youth:\n  name: ${name}\n  description: { en: Young people., es: Jóvenes. }\n` });
      const found = errors(problems).filter((p) => basename(p.file) === 'topics.yaml');
      expect(found, name).toHaveLength(1);
      expect([found[0]!.line, found[0]!.field], name).toEqual([2, 'youth.name']);
      expect(found[0]!.message, name).toMatch(/^'youth' name/);
    }
    const message = (name: string) =>
      errors(check({ 'vocabularies/topics.yaml': `youth:\n  name: ${name}\n  description: { en: Young people., es: Jóvenes. }\n` }).problems).find(
        (p) => basename(p.file) === 'topics.yaml',
      )!.message;
    expect(message('{ en: Youth, es: Juventud, fr: Jeunesse }')).toBe("'youth' name: 'fr' is not one of the newsletter's languages (en and es)");
    expect(message('{ es: Juventud }')).toBe("'youth' name: needs its English text, which the other languages fall back to");
    expect(message('[Youth]')).toBe("'youth' name: must be text, or one text per language: { en: …, es: … }");
  });
  it('rejects an organization whose country is not an ISO code', () => {
    const { problems } = check({
      'vocabularies/organizations.yaml': 'clac:\n  name: CLAC\n  country: XX\n  kind: network\n  description: { en: A., es: B. }\n',
    });
    const problem = errors(problems).find((p) => p.field === 'clac.country');
    expect(problem?.message).toContain("'XX' is not an ISO 3166-1 alpha-2 country code");
    expect(problem?.line).toBe(3);
  });
  it('rejects an edition dated on a day that does not exist, quoting the date as written', () => {
    const { problems } = check({
      'vocabularies/editions.yaml': '2016-02:\n  number: 1\n  date: 2016-02-30\n  title: { en: First, es: Primera }\n  intro: { en: A., es: B. }\n',
    });
    const problem = errors(problems).find((p) => p.field === '2016-02.date');
    expect(problem?.message).toContain("'2016-02-30' is not a date: February 2016 has 29 days");
    expect(problem?.line).toBe(3);
  });
  it('checks the sample vocabularies: an organization’s country, where given, is a valid code; most have one', () => {
    const { vocabularies } = checkContent(SAMPLE_CONTENT);
    const organizations = vocabularies.get('organization')! as Map<string, OrganizationData>;
    expect(organizations.size).toBeGreaterThan(40);
    const countries = [...organizations.values()].map((o) => o.country);
    for (const code of countries) if (code !== undefined) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(countries.filter((c) => c === undefined).length).toBeLessThan(countries.length / 4);
  });
});

describe('output formats', () => {
  it('prints GitHub annotations with file and line', () => {
    const { problems } = check({ [FILE]: article({ ...validArticle, topic: '[child-labor]' }) });
    expect(formatGithub(errors(problems), '/')).toMatch(
      /^::error file=.*broken\.md,line=8::the topic 'child-labor' does not exist; did you mean 'child-labour'\?/,
    );
  });
});

describe('pictures in a story are files of the content folder', () => {
  it.each([
    ['pasted from the web editor, on its own computer', 'http://127.0.0.1:4480/admin/x', 'local'],
    ['on the local network', 'http://192.168.1.20/photos/coop.jpg', 'local'],
    ['a file on a computer', 'file:///C:/Users/ana/coop.jpg', 'local'],
    ['on localhost', 'http://localhost:4321/coop.jpg', 'local'],
    ['on another site', 'https://example.org/coop.jpg', 'remote'],
    ['protocol-relative', '//cdn.example.org/coop.jpg', 'remote'],
    ['a path of the site', '/images/coop.jpg', 'remote'],
  ])('a picture %s is an error naming file, line and fix', (_, url, where) => {
    const { problems } = check({ [FILE]: article(validArticle, `Intro.\n\n![A cooperative](${url})`) });
    expect(errors(problems)).toEqual([
      expect.objectContaining({
        line: 14,
        message: expect.stringContaining(where === 'local' ? 'is on a computer of your own' : 'not a file of the content folder'),
      }),
    ]);
    expect(errors(problems)[0]!.message).toContain('put the picture in content/images/');
  });

  it('leaves links to other sites alone, and data: pictures to the unsafe-address rule', () => {
    expect(errors(check({ [FILE]: article(validArticle, 'See [the network](https://example.org/coop).') }).problems)).toEqual([]);
    const dataPicture = errors(check({ [FILE]: article(validArticle, '![A dot](data:image/png;base64,iVBORw0KGgo=)') }).problems);
    expect(dataPicture.map((p) => p.message)).toEqual([expect.stringContaining('is a data: address')]);
  });
});

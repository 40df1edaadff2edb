/**
 * A deterministic synthetic newsletter archive for the benchmark: N stories
 * in every declared language (about 5% in one language only) drawn from the
 * real vocabularies, ~700-word bodies with headings, lists and links, about
 * one in five with a picture, grouped into monthly editions of about ten.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locales, type Locale } from '../src/i18n/locales.ts';

/** A small seeded random generator (mulberry32): the same archive every time. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a language's stories and editions are written with. */
interface Wording {
  /** The words of its sentences. */
  words: readonly string[];
  /** Its stories' file names, before their number. */
  file: string;
  /** The text of a link to the story before. */
  earlier: string;
  /** A picture's description, before its number. */
  illustration: string;
  /** An edition's title and introduction, before its number. */
  edition: string;
  editionIntro: string;
}

/** The languages the sample newsletter is written in. */
const WORDINGS: Partial<Record<string, Wording>> = {
  en: {
    words:
      'cooperative producers coffee cacao harvest families community workshop training network market fair trade premium organization young women leadership climate water rain soil children school rights members board finance savings loan partners region village farm quality export buyers standards certification'.split(
        ' ',
      ),
    file: 'story',
    earlier: 'an earlier story',
    illustration: 'Illustration',
    edition: 'Edition',
    editionIntro: 'Stories of edition',
  },
  es: {
    words:
      'cooperativa productores café cacao cosecha familias comunidad taller formación red mercado comercio justo prima organización jóvenes mujeres liderazgo clima agua lluvia suelo niñez escuela derechos socios junta finanzas ahorro préstamo aliados región aldea finca calidad exportación compradores estándares certificación'.split(
        ' ',
      ),
    file: 'historia',
    earlier: 'una historia anterior',
    illustration: 'Ilustración',
    edition: 'Edición',
    editionIntro: 'Historias de la edición',
  },
};

/**
 * The wording of a language that has none above: made-up words of two or
 * three syllables, drawn from its code (the same every time, and different
 * for each language), as many as the others have. The archive measures the
 * build, which reads any language's words alike.
 */
function madeUpWording(code: string): Wording {
  // FNV-1a: a seed from the code.
  const rand = random([...code].reduce((hash, c) => Math.imul(hash ^ c.charCodeAt(0), 16777619), 2166136261));
  const letter = (letters: string) => letters[Math.floor(rand() * letters.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => `${letter('bdfgklmnprstvz')}${letter('aeiou')}`).join('');
  const words = Array.from({ length: WORDINGS.en!.words.length }, word);
  const capital = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;
  return {
    words,
    file: words[0]!,
    earlier: `${words[1]} ${words[2]}`,
    illustration: capital(words[3]!),
    edition: capital(words[4]!),
    editionIntro: `${capital(words[5]!)} ${words[4]}`,
  };
}

/** Each declared language's wording. */
const wording = Object.fromEntries(locales.map((l) => [l, WORDINGS[l] ?? madeUpWording(l)])) as Record<Locale, Wording>;

/** One text per declared language, as vocabularies write it: `{ en: …, es: … }`. */
const perLanguage = (text: (w: Wording) => string) => `{ ${locales.map((l) => `${l}: ${text(wording[l]!)}`).join(', ')} }`;

/** Writes the archive into `to` (vocabularies copied from `from`) and says what it holds. */
export function generateArchive(options: { from: string; to: string; pairs: number; seed?: number }) {
  const rand = random(options.seed ?? 2016);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  mkdirSync(options.to, { recursive: true });
  cpSync(join(options.from, 'vocabularies'), join(options.to, 'vocabularies'), { recursive: true });
  cpSync(join(options.from, 'images'), join(options.to, 'images'), { recursive: true });
  const vocab = (name: string) => Object.keys(parse(readFileSync(join(options.from, 'vocabularies', `${name}.yaml`), 'utf8')) as object);
  const topics = vocab('topics');
  const products = vocab('products');
  const organizations = parse(readFileSync(join(options.from, 'vocabularies/organizations.yaml'), 'utf8')) as Record<string, { country?: string }>;
  const orgKeys = Object.keys(organizations);
  // Not every organization's country is known: a story about those alone is set in one of the known countries.
  const knownCountries = [...new Set(Object.values(organizations).flatMap((o) => (o.country ? [o.country] : [])))];
  const images = [
    'peru-coffee-network',
    'colombia-financial-management',
    'cesppo-impact-school',
    'youth-conference',
    'honduras-tax-controls',
    'asocoomag-climate',
    'intergenerational-workshop',
    'coopecanera-redess',
    'costa-rica-child-labour-workshop',
    'womens-leadership-school',
  ];

  // One edition a month, about ten stories each, going back from December 2030.
  const editionCount = Math.ceil(options.pairs / 10);
  const editions = Array.from({ length: editionCount }, (_, i) => {
    const date = new Date(Date.UTC(2030, 11 - i, 15));
    return { key: date.toISOString().slice(0, 7), number: editionCount - i, date: date.toISOString().slice(0, 10) };
  });
  writeFileSync(
    join(options.to, 'vocabularies/editions.yaml'),
    editions
      .map(
        (e) =>
          `${e.key}:\n  number: ${e.number}\n  date: ${e.date}\n  title: ${perLanguage((w) => `${w.edition} ${e.number}`)}\n  intro: ${perLanguage((w) => `${w.editionIntro} ${e.number}.`)}\n`,
      )
      .join(''),
  );
  for (const l of locales) mkdirSync(join(options.to, 'articles', l), { recursive: true });

  let articles = 0;
  let untranslated = 0;
  let withImage = 0;
  let changeable = '';
  let previousIn: readonly string[] = [];
  for (let i = 0; i < options.pairs; i++) {
    const n = String(i + 1).padStart(5, '0');
    const edition = editions[Math.floor(i / 10)]!;
    const orgs = some(orgKeys, 1, 4);
    const placed = [...new Set(orgs.flatMap((o) => (organizations[o]!.country ? [organizations[o]!.country!] : [])))].slice(0, 3);
    const countries = placed.length ? placed : [pick(knownCountries)];
    const image = rand() < 0.2 ? pick(images) : undefined;
    const only = rand() < 0.05 ? pick(locales) : undefined;
    const fields = [
      `date: ${edition.date}`,
      `edition: "${edition.key}"`,
      `translationKey: story-${n}`,
      `country: [${countries.join(', ')}]`,
      `topic: [${some(topics, 1, 3).join(', ')}]`,
      `organization: [${orgs.join(', ')}]`,
      ...(rand() < 0.6 ? [`product: [${some(products, 1, 2).join(', ')}]`] : []),
    ];
    for (const l of locales) {
      if (only && only !== l) continue;
      const { words, file: stem, earlier, illustration } = wording[l]!;
      const sentence = () => {
        const s = Array.from({ length: 8 + Math.floor(rand() * 10) }, () => pick(words)).join(' ');
        return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
      };
      const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');
      const previous = previousIn.includes(l) ? `[${earlier}](./${stem}-${String(i).padStart(5, '0')}.md)` : '';
      const body = [
        paragraph(),
        paragraph(),
        `## ${sentence()}`,
        paragraph(),
        paragraph(),
        ...Array.from({ length: 4 }, () => `- ${sentence()}`),
        '',
        `## ${sentence()}`,
        paragraph(),
        `${paragraph()} ${previous}`,
        paragraph(),
      ].join('\n\n');
      const file = join(options.to, 'articles', l, `${stem}-${n}.md`);
      const picture = image ? [`image: ../../images/${image}.svg`, `imageAlt: ${illustration} ${n}`] : [];
      writeFileSync(file, `---\ntitle: "${sentence().slice(0, 80)} ${n}"\nsummary: "${sentence()}"\n${[...fields, ...picture].join('\n')}\n---\n\n${body}\n`);
      articles++;
      if (image) withImage++;
      changeable ||= file;
    }
    if (only) untranslated++;
    previousIn = only ? [only] : locales;
  }
  return { articles, untranslated, withImage, editions: editionCount, changeable };
}

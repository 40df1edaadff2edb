import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gitAt } from './git.ts';
import { join } from 'node:path';

/**
 * Adds `count` translated stories about child labour in Peru to a fixture
 * content folder (enough to need several pages), plus one draft. The first
 * English story links to the second with a reference-style link.
 */
export function addGeneratedStories(dir: string, count: number): void {
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(2, '0');
    const day = String(((i - 1) % 28) + 1).padStart(2, '0');
    const common = `date: 2016-02-${day}\nedition: "2016-02"\ntranslationKey: generated-${n}\ncountry: [PE]\ntopic: [child-labour]\norganization: [montana-azul]`;
    const next = i === 1 ? '\n\nSee [the next story][next].\n\n[next]: ./generated-story-02.md\n' : '\n';
    writeFileSync(
      join(dir, 'articles/en', `generated-story-${n}.md`),
      `---\ntitle: Generated story ${n}\nsummary: Story number ${n}.\n${common}\n---\n\nBody ${n}.${next}`,
    );
    writeFileSync(
      join(dir, 'articles/es', `historia-generada-${n}.md`),
      `---\ntitle: Historia generada ${n}\nsummary: Historia número ${n}.\n${common}\n---\n\nCuerpo ${n}.\n`,
    );
  }
  writeFileSync(
    join(dir, 'articles/en', 'unfinished-draft.md'),
    `---\ntitle: Unfinished draft\nsummary: Not ready.\ndate: 2016-07-01\nedition: "2016-07"\ntranslationKey: unfinished-draft\ncountry: [SV]\ntopic: [climate-change]\norganization: [clac]\ndraft: true\n---\n\nDraft.\n`,
  );
}

/**
 * Makes the folder a git repository whose history leaves the Spanish
 * coffee-network story behind its English original.
 */
export function commitWithOutdatedTranslation(dir: string): void {
  const git = gitAt(dir);
  git(['init', '-q'], '2024-01-01T00:00:00Z');
  git(['add', '-A'], '2024-01-01T00:00:00Z');
  git(['commit', '-qm', 'All stories'], '2024-01-01T00:00:00Z');
  appendFileSync(join(dir, 'articles/en/coffee-network.md'), '\nAn update to the original.\n');
  git(['commit', '-qam', 'Update the English original'], '2024-02-01T00:00:00Z');
}

/**
 * Gives the fixture's coffee-network story a camera-sized photo (6000×4000
 * JPEG, several MB) as its hero, as an editor would drop one in.
 */
export async function addCameraPhoto(dir: string): Promise<void> {
  const sharp = (await import('sharp')).default;
  await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#6a8f4e', noise: { type: 'gaussian', mean: 120, sigma: 30 } } })
    .jpeg({ quality: 92 })
    .toFile(join(dir, 'articles/en/camera-photo.jpg'));
  const file = join(dir, 'articles/en/coffee-network.md');
  const text = readFileSync(file, 'utf8').replace(
    'product: [coffee]\n',
    'product: [coffee]\nimage: ./camera-photo.jpg\nimageAlt: Coffee cherries drying in the sun\nimageCredit: Photo by the cooperative\n',
  );
  writeFileSync(file, text);
}

/** Text meant to break out of its context wherever it is written. */
export const HOSTILE_TITLE = `Coffee </script><script>window.__pwned=1</script> & "quotes" 'apostrophes' ☕ <b>bold</b>`;
export const HOSTILE_SUMMARY = `Summary with <img src=x onerror="window.__pwned=2"> & </title> and "quotes" 🌱`;
export const LONG_TITLE = `${'A very long headline about cooperatives and their work in the region, '.repeat(4)}🌽 مرحبا بالعالم שלום`.slice(0, 300);

/**
 * Turns fixture content into the edge cases a build must survive: no Spanish
 * article at all, an edition without articles, a 300-character title with
 * emoji and right-to-left text, and text and an organization description
 * written to break out of HTML, JSON-LD and RSS.
 */
export function makeEdgeCases(dir: string): void {
  for (const file of ['red-cafetalera.md']) rmSync(join(dir, 'articles/es', file));
  appendFileSync(
    join(dir, 'vocabularies/editions.yaml'),
    '2017-01:\n  number: 3\n  date: 2017-01-15\n  title: { en: An empty edition, es: Una edición vacía }\n  intro: { en: Nothing yet., es: Nada todavía. }\n',
  );
  appendFileSync(
    join(dir, 'vocabularies/organizations.yaml'),
    `hostile-org:\n  name: ${JSON.stringify(`Org </script><script>window.__pwned=3</script> & "Co"`)}\n  country: PE\n  kind: ngo\n  description: { en: ${JSON.stringify(`Described with <script>window.__pwned=4</script> & 'quotes' 🎉`)}, es: Descrita. }\n`,
  );
  const common = 'edition: "2016-07"\ncountry: [PE]\ntopic: [child-labour]\norganization: [hostile-org, clac]';
  writeFileSync(
    join(dir, 'articles/en/hostile.md'),
    `---\ntitle: ${JSON.stringify(HOSTILE_TITLE)}\nsummary: ${JSON.stringify(HOSTILE_SUMMARY)}\ndate: 2016-07-14\ntranslationKey: hostile\n${common}\n---\n\nThe body of a story about coffee.\n`,
  );
  writeFileSync(
    join(dir, 'articles/en/long-title.md'),
    `---\ntitle: ${JSON.stringify(LONG_TITLE)}\nsummary: A story with a very long title.\ndate: 2016-07-13\ntranslationKey: long-title\n${common}\n---\n\nText.\n`,
  );
}

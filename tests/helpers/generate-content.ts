import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { gitAt } from './git.ts';
import { join } from 'node:path';

/**
 * Adds `count` translated stories about child labour in Peru to a fixture
 * content folder (enough to need several pages), plus one draft.
 */
export function addGeneratedStories(dir: string, count: number): void {
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(2, '0');
    const day = String(((i - 1) % 28) + 1).padStart(2, '0');
    const common = `date: 2016-02-${day}\nedition: "2016-02"\ntranslationKey: generated-${n}\ncountry: [PE]\ntopic: [child-labour]\norganization: [montana-azul]`;
    writeFileSync(join(dir, 'articles/en', `generated-story-${n}.md`), `---\ntitle: Generated story ${n}\nsummary: Story number ${n}.\n${common}\n---\n\nBody ${n}.\n`);
    writeFileSync(join(dir, 'articles/es', `historia-generada-${n}.md`), `---\ntitle: Historia generada ${n}\nsummary: Historia número ${n}.\n${common}\n---\n\nCuerpo ${n}.\n`);
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
  const text = readFileSync(file, 'utf8').replace('product: [coffee]\n', 'product: [coffee]\nimage: ./camera-photo.jpg\nimageAlt: Coffee cherries drying in the sun\nimageCredit: Photo by the cooperative\n');
  writeFileSync(file, text);
}

import { writeFileSync } from 'node:fs';
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

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editedStoryText, storyFields, type StoryLayout } from '../../src/lib/content/story-edits.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const layout: StoryLayout = {
  order: ['title', 'summary', 'date', 'edition', 'translationKey', 'topic', 'country', 'organization', 'image', 'imageAlt', 'imageCaption', 'draft'],
  defaults: { draft: false },
  kept: ['translationKey'],
};

/** The lines that differ between two texts, as `git diff` counts them: [removed, added]. */
function changedLines(before: string, after: string): [string[], string[]] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Longest common subsequence, enough for files of a few hundred lines.
  const lcs = a.map(() => new Array<number>(b.length + 1).fill(0));
  lcs.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) (i++, j++);
    else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  return [removed, added];
}

const story = [
  '---',
  '# A comment the editor wrote',
  'title: Coffee network in Peru',
  "summary: 'Three cooperatives: one network.'",
  'date: 2016-02-15',
  'edition: "2016-02"',
  'translationKey: coffee-network',
  'country: [PE]  # order as written',
  'topic:',
  '  - child-labour',
  '  - climate-change',
  'organization: ["clac", montana-azul]',
  'custom: kept as it is',
  '---',
  '',
  'The cooperatives of *Montaña Azul*.',
  '',
  'A second paragraph.',
  '',
].join('\n');

/** The story as the editor hands it back: its fields, some changed. */
const edited = (changes: Record<string, unknown>) => ({ ...storyFields(story), ...changes });

describe('a story saved by the web editor changes exactly what the editor changed', () => {
  it('writes back an untouched story byte for byte, even when the editor proposes another key and the default draft', () => {
    expect(editedStoryText(story, edited({ translationKey: 'coffee-network-in-peru', draft: false }), layout)).toBe(story);
  });

  it('one word of the body: one line', () => {
    const after = editedStoryText(story, edited({ body: 'The cooperatives of *Montaña Azul*.\n\nA third paragraph.' }), layout);
    expect(changedLines(story, after)).toEqual([['A second paragraph.'], ['A third paragraph.']]);
  });

  it('one word of a field: one line, in the quoting the file used', () => {
    expect(changedLines(story, editedStoryText(story, edited({ title: 'Coffee network of Peru' }), layout))).toEqual([
      ['title: Coffee network in Peru'],
      ['title: Coffee network of Peru'],
    ]);
    expect(changedLines(story, editedStoryText(story, edited({ summary: "Three cooperatives: one network's work." }), layout))).toEqual([
      ["summary: 'Three cooperatives: one network.'"],
      ["summary: 'Three cooperatives: one network''s work.'"],
    ]);
    // Bare text YAML would misread is quoted.
    expect(changedLines(story, editedStoryText(story, edited({ title: 'Coffee: a network' }), layout))[1]).toEqual(['title: "Coffee: a network"']);
  });

  it('a term added to a list: one line; the list keeps its form, its comment and how its items were written', () => {
    expect(changedLines(story, editedStoryText(story, edited({ country: ['PE', 'CO'] }), layout))).toEqual([
      ['country: [PE]  # order as written'],
      ['country: [PE, CO]  # order as written'],
    ]);
    expect(changedLines(story, editedStoryText(story, edited({ organization: ['clac', 'montana-azul', 'fairtrade'] }), layout))[1]).toEqual([
      'organization: ["clac", montana-azul, fairtrade]',
    ]);
  });

  it('a field the file lacked goes after the field the order puts before it; an emptied field loses its line', () => {
    const added = editedStoryText(story, edited({ image: '../../images/coffee.jpg', imageAlt: 'Growers at a table.' }), layout);
    expect(changedLines(story, added)).toEqual([[], ['image: "../../images/coffee.jpg"', 'imageAlt: "Growers at a table."']]);
    expect(added.indexOf('image:')).toBeGreaterThan(added.indexOf('organization:'));
    const emptied = editedStoryText(story, edited({ topic: [] }), layout);
    expect(changedLines(story, emptied)).toEqual([['topic:', '  - child-labour', '  - climate-change'], []]);
    expect(editedStoryText(story, edited({ draft: true }), layout)).toContain('organization: ["clac", montana-azul]\ndraft: true\ncustom: kept as it is\n---');
  });

  it('keeps fields the editor does not know, comments and line endings', () => {
    const { custom: _custom, ...known } = storyFields(story);
    const after = editedStoryText(story, { ...known, title: 'Coffee network of Peru' }, layout);
    expect(after).toContain('custom: kept as it is');
    expect(after).toContain('# A comment the editor wrote');
    const crlf = story.replaceAll('\n', '\r\n');
    const changed = editedStoryText(crlf, { ...storyFields(crlf), title: 'Coffee network of Peru', draft: true }, layout);
    expect(changed.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('writes a story the file system did not have as `npm run new` would, without default values', () => {
    expect(
      editedStoryText(undefined, { title: 'New', summary: 'A summary.', date: '2016-02-20', translationKey: 'new', draft: false, body: 'Text.' }, layout),
    ).toBe('---\ntitle: "New"\nsummary: "A summary."\ndate: 2016-02-20\ntranslationKey: new\n---\n\nText.\n');
  });

  it('reads every story of the sample back unchanged', () => {
    const folder = join(SAMPLE_CONTENT, 'articles');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(folder, file), 'utf8');
      expect(editedStoryText(text, { ...storyFields(text), draft: false }, layout), file).toBe(text);
    }
  });
});

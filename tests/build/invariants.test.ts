import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { outputOf, pageFile } from '../../src/lib/verify/built-output.ts';
import { expectedSite } from '../../src/lib/verify/expected-site.ts';
import { verifySite, type Violation } from '../../src/lib/verify/site-invariants.ts';
import { builtSite, siteOptions, type SiteName } from '../helpers/build.ts';

const SITES: SiteName[] = ['sample', 'sample-base', 'fixture', 'edge', 'trilingual'];

/** `npm run verify` on a site the global setup built, as the deploy workflow runs it after a build. */
function verify(name: SiteName) {
  const options = siteOptions(name);
  const run = spawnSync(process.execPath, [resolve('scripts/verify.ts'), '--dir', builtSite(name), '--json'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: options.content,
      BASE: options.base ?? '/',
      SITE: options.site ?? 'https://newsletter.example.org',
      ...(options.config ? { NEWSLETTER_CONFIG: options.config } : {}),
    },
  });
  return { status: run.status, violations: JSON.parse(run.stdout || '[]') as Violation[], stderr: run.stderr };
}

describe('npm run verify: the invariants of a built site, whatever its content', () => {
  it.each(SITES)('holds for the %s site', (name) => {
    const { status, violations, stderr } = verify(name);
    expect(
      violations.filter((v) => v.severity === 'error'),
      stderr,
    ).toEqual([]);
    expect(status).toBe(0);
  });
});

describe('each invariant fails a site that breaks it', () => {
  // A copy of the fixture site (pagination, a draft) to break one thing on each of several pages.
  const copy = mkdtempSync(join(tmpdir(), 'invariants-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(builtSite('fixture'), copy, { recursive: true });
  const content = checkContent(siteOptions('fixture').content);
  const expected = expectedSite(content);
  const english = expected.languages[0]!;
  const [gone, unlisted, renamed] = english.stories;
  const edit = (path: string, change: (html: string) => string) => writeFileSync(pageFile(copy, path), change(readFileSync(pageFile(copy, path), 'utf8')));

  // A story's page removed: the links to it break, and it can be reached no more.
  rmSync(join(copy, gone!.page), { recursive: true });
  // A term page that leaves a story out of its listing.
  const termPage = unlisted!.termPages[0]!;
  edit(termPage, (html) => html.replaceAll(`href="${unlisted!.page}"`, 'href="#main"'));
  // A page whose alternate is not its counterpart, and a page with two elements of one id.
  const otherHome = expected.languages[1]!.home;
  edit(english.home, (html) =>
    html.replace(
      `hreflang="${expected.languages[1]!.locale}" href="https://newsletter.example.org${otherHome}"`,
      `hreflang="${expected.languages[1]!.locale}" href="https://newsletter.example.org${english.home}"`,
    ),
  );
  edit(renamed!.page, (html) => html.replace('<main id="main"', '<p id="main"></p><main id="main"'));
  // A draft's title in a page, and a listing page over its budget.
  const draft = expected.drafts[0]!;
  const noise = Array.from({ length: 4000 }, (_, i) => `<p>${(i * 2654435761).toString(36)} ${Math.sin(i).toString(36)}</p>`).join('');
  edit(english.stories[3]!.termPages[0]!, (html) => html.replace('</main>', `<p>${draft.title}</p>${noise}</main>`));
  // A story the search cannot find: its title in the content is not what the index holds.
  const unfindable = {
    ...content,
    articles: content.articles.map((a) => (a.data?.title === renamed!.title ? { ...a, data: { ...a.data, title: 'Qwzx unfindable headline' } } : a)),
  };

  const found = verifySite(outputOf(copy), unfindable).then((v) => v.violations);
  const where = async (invariant: Violation['invariant']) =>
    (await found).filter((v) => v.invariant === invariant && v.severity === 'error').map((v) => `${v.where}: ${v.message}`);

  it('links: a link to a page that is not there', async () => {
    expect((await where('links')).some((v) => v.includes(`${gone!.page} leads nowhere`))).toBe(true);
  });
  it('reachable: a story no link reaches, and a term page that does not list its story', async () => {
    const reachable = await where('reachable');
    expect(reachable.some((v) => v.startsWith(gone!.page) && v.includes('cannot be reached'))).toBe(true);
    expect(reachable.some((v) => v.startsWith(termPage) && v.includes(unlisted!.page))).toBe(true);
  });
  it('languages: an alternate that does not name the page back', async () => {
    expect((await where('languages')).some((v) => v.startsWith(english.home))).toBe(true);
  });
  it('html: two elements with one id', async () => {
    expect((await where('html')).some((v) => v.startsWith(renamed!.page) && v.includes('no-dup-id'))).toBe(true);
  });
  it('search: a story whose title the search does not find', async () => {
    expect((await where('search')).some((v) => v.includes('Qwzx unfindable headline'))).toBe(true);
  });
  it('drafts and budgets: a page naming a draft, over 14 KB', async () => {
    expect((await where('drafts')).some((v) => v.includes(draft.title))).toBe(true);
    expect((await where('budgets')).some((v) => v.startsWith(english.stories[3]!.termPages[0]!))).toBe(true);
  });
  it('and nothing else: every other page of the copy still holds', async () => {
    const broken = new Set([
      gone!.page,
      termPage,
      english.home,
      otherHome,
      renamed!.page,
      english.stories[3]!.termPages[0]!,
      english.search,
      expected.languages[1]!.search,
    ]);
    const elsewhere = (await found).filter((v) => v.severity === 'error' && !broken.has(v.where) && !v.message.includes(gone!.page));
    expect(elsewhere).toEqual([]);
  });
});

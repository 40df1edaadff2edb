import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { absentIntegrations, newsletter } from '../../src/integrations/newsletter.ts';

/** The integrations newsletter() adds to a config that has `integrations`, and the warnings it logs. */
function setUp(integrations: AstroIntegration[]): { added: string[]; warnings: string[] } {
  const added: string[] = [];
  const warnings: string[] = [];
  const setup = newsletter({ site: 'https://example.org', base: '/' }).hooks['astro:config:setup']!;
  const fake = {
    config: { integrations },
    updateConfig: (update: { integrations?: AstroIntegration[] }) => added.push(...(update.integrations ?? []).map((i) => i.name)),
    addWatchFile: () => {},
    logger: { warn: (message: string) => warnings.push(message) },
  };
  void setup(fake as unknown as Parameters<typeof setup>[0]);
  return { added, warnings };
}

describe('the newsletter integration', () => {
  it('adds MDX and the sitemap only where the config has none of them by name', () => {
    expect([...absentIntegrations([])]).toEqual(['@astrojs/mdx', '@astrojs/sitemap']);
    expect([...absentIntegrations([{ name: '@astrojs/sitemap' }, { name: 'other' }])]).toEqual(['@astrojs/mdx']);
    expect([...absentIntegrations([{ name: '@astrojs/mdx' }, { name: '@astrojs/sitemap' }])]).toEqual([]);
  });

  it('makes one sitemap after `astro add sitemap`, and warns that it lacks the languages’ alternates', () => {
    const own = setUp([]);
    expect(own.added.filter((name) => name === '@astrojs/sitemap')).toHaveLength(1);
    expect(own.added.filter((name) => name === '@astrojs/mdx')).toHaveLength(1);
    // The sitemap reads the built pages, so it comes after the step that reads them.
    expect(own.added).toContain('newsletter:built-site');
    expect(own.added.indexOf('@astrojs/sitemap')).toBeGreaterThan(own.added.indexOf('newsletter:built-site'));
    expect(own.warnings).toEqual([]);
    const theirs = setUp([mdx(), sitemap()]);
    expect(theirs.added).not.toContain('@astrojs/sitemap');
    expect(theirs.added).not.toContain('@astrojs/mdx');
    expect(theirs.added).toEqual(own.added.filter((name) => !name.startsWith('@astrojs/')));
    expect(theirs.warnings).toHaveLength(1);
    expect(theirs.warnings[0]).toMatch(/@astrojs\/sitemap.*hreflang/);
  });
});

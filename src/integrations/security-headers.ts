import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from './built-site.ts';

/** Every directive of the pages' policies, each with the union of its sources. */
export function mergePolicies(policies: readonly string[]): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const set = merged.get(name!) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name!, set);
    }
  }
  return merged;
}

/** A section of the site with its own Content Security Policy: a path pattern of `_headers` and the policy. */
export interface PolicyRule {
  path: string;
  policy: string;
}

/**
 * The patterns that cover every page under `base` (a page's path without
 * `index.html`: "en/topics", "" for the home page, "404.html"): one per
 * top-level folder, so that another section (the web editor) can have a
 * policy of its own. Hosts join the values of every rule that matches a
 * path, and two policies would both apply.
 */
export function pagePatterns(pages: Iterable<string>, base: string): string[] {
  const patterns = new Set<string>();
  for (const page of pages) {
    const [first = '', ...rest] = page.split('/');
    if (first === '') patterns.add(base).add(`${base}index.html`);
    else patterns.add(rest.length === 0 && first.endsWith('.html') ? `${base}${first}` : `${base}${first}/*`);
  }
  return [...patterns].sort();
}

/** The `_headers` file (Netlify and Cloudflare Pages format): each section's policy, and the headers every file gets. */
export function headersFile(rules: readonly PolicyRule[], base: string): string {
  // frame-ancestors only works as a header, never in a <meta>.
  const withFrames = (policy: string) => `${policy}; frame-ancestors 'none'`;
  return [
    `${base}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    ...rules.flatMap(({ path, policy }) => [path, `  Content-Security-Policy: ${withFrames(policy)}`]),
    '',
  ].join('\n');
}

/** A merged policy as one header value. */
export function policyText(policy: Map<string, Set<string>>): string {
  return [...policy].map(([name, sources]) => `${name} ${[...sources].join(' ')}`).join('; ');
}

/**
 * Writes `_headers` for hosts that read it (Netlify, Cloudflare Pages): the
 * pages' own policy (every page also carries it in a <meta>, for hosts such
 * as GitHub Pages that set no headers), the policy of each other section
 * (the web editor's), and headers a <meta> cannot set.
 */
export function securityHeaders(base: string, site: () => BuiltSite, sections: readonly PolicyRule[]): AstroIntegration {
  return {
    name: 'newsletter:security-headers',
    hooks: {
      'astro:build:done': () => {
        const { root, pages } = site();
        const policies = [...pages.values()].flatMap((p) => p.csp ?? []);
        const readers = policyText(mergePolicies(policies));
        const rules = [...pagePatterns(pages.keys(), base).map((path) => ({ path, policy: readers })), ...sections];
        writeFileSync(join(root, '_headers'), headersFile(rules, base));
      },
    },
  };
}

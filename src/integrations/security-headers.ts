import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from './built-site.ts';

/** Every directive of the pages' policies, each with the union of its sources. */
export function mergePolicies(policies: readonly string[]): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const set = merged.get(name!) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name!, set);
    }
  }
  return merged;
}

/** The `_headers` file (Netlify and Cloudflare Pages format) for a policy. */
export function headersFile(policy: Map<string, Set<string>>, base: string): string {
  // frame-ancestors only works as a header, never in a <meta>.
  const csp = [...policy, ['frame-ancestors', new Set(["'none'"])] as const]
    .map(([name, sources]) => `${name} ${[...sources].join(' ')}`)
    .join('; ');
  return [
    `${base}*`,
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '',
  ].join('\n');
}

/**
 * Writes `_headers` for hosts that read it (Netlify, Cloudflare Pages): the
 * pages' own policy (every page also carries it in a <meta>, for hosts such
 * as GitHub Pages that set no headers) plus headers a <meta> cannot set.
 */
export function securityHeaders(base: string, site: () => BuiltSite): AstroIntegration {
  return {
    name: 'newsletter:security-headers',
    hooks: {
      'astro:build:done': () => {
        const { root, pages } = site();
        const policies = [...pages.values()].flatMap((p) => p.csp ?? []);
        writeFileSync(join(root, '_headers'), headersFile(mergePolicies(policies), base));
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

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

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/**
 * Writes `_headers` for hosts that read it (Netlify, Cloudflare Pages): the
 * pages' own policy (every page also carries it in a <meta>, for hosts such
 * as GitHub Pages that set no headers) plus headers a <meta> cannot set.
 */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'newsletter:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).flatMap((f) => META_CSP.exec(readFileSync(f, 'utf8'))?.[1] ?? []);
        writeFileSync(join(root, '_headers'), headersFile(mergePolicies(policies), base));
      },
    },
  };
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { EmailPlaceholders } from '../../src/config/declaration.ts';
import { EMAIL_SERVICES, emailServiceHint } from '../../src/config/newsletter.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { EmailEdition } from '../../src/lib/email/edition-model.ts';
import { htmlEmail } from '../../src/lib/email/html-email.ts';
import { plainTextEmail } from '../../src/lib/email/plain-text-email.ts';
import enEmail from '../fixtures/sample/strings/en/email.json' with { type: 'json' };
import esEmail from '../fixtures/sample/strings/es/email.json' with { type: 'json' };
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

/** A one-story edition's email in `locale`, sent by a service with these placeholders. */
function edition(locale: Locale, service?: EmailPlaceholders): EmailEdition {
  return {
    locale,
    newsletterName: 'Voices',
    title: 'Coffee',
    intro: 'Intro.',
    dateLine: '1',
    preheader: '',
    webUrl: 'https://example.org/editions/1/',
    others: [],
    stories: [
      {
        title: 'A story',
        summary: 'Its summary.',
        url: 'https://example.org/a/',
        picture: { src: 'https://example.org/a.jpg', alt: 'A', ratio: 0.5 },
        meta: '1',
      },
    ],
    footer: 'From us.',
    ...(service ? { service } : {}),
  };
}

/** The HTML email's links, as [text, href]. */
async function links(email: EmailEdition): Promise<string[][]> {
  return parse(await htmlEmail(email, { what: 'test' }))
    .querySelectorAll('a')
    .map((a) => [a.text, a.getAttribute('href')!]);
}

const strings = { en: enEmail, es: esEmail };

describe('the emails carry the sending service’s placeholders', () => {
  it.each(['en', 'es'] as const)('a preset’s (Mailchimp), in the footer of the HTML and in the text, named in the email’s language (%s)', async (locale) => {
    const email = edition(locale, EMAIL_SERVICES.mailchimp);
    expect(await links(email)).toEqual(
      expect.arrayContaining([
        [strings[locale].viewInBrowser, '*|ARCHIVE|*'],
        [strings[locale].unsubscribe, '*|UNSUB|*'],
      ]),
    );
    const text = plainTextEmail(email);
    expect(text).toContain(`${strings[locale].viewInBrowser}:\n*|ARCHIVE|*\n`);
    expect(text).toContain(`${strings[locale].unsubscribe}:\n*|UNSUB|*\n`);
  });

  it('a custom one, as written, with no “view in browser” link when the service has none', async () => {
    const email = edition('es', { unsubscribe: '{{ "x" | unsub }}' });
    const found = await links(email);
    expect(found).toContainEqual(['Cancelar la suscripción', '{{ "x" | unsub }}']);
    expect(found.map(([text]) => text)).not.toContain('Ver este correo en el navegador');
    expect(plainTextEmail(email)).toContain('Cancelar la suscripción:\n{{ "x" | unsub }}\n');
    expect(plainTextEmail(email)).not.toContain('navegador');
  });

  it('none when the newsletter names no service, and then the build says how to name one', async () => {
    const email = edition('en');
    expect((await links(email)).map(([text]) => text)).not.toContain('Unsubscribe');
    expect(plainTextEmail(email)).not.toContain('Unsubscribe');
    expect(emailServiceHint()).toMatch(/no unsubscribe link.*emailService: 'listmonk' \| 'mailchimp' \| 'buttondown' \| 'mailerlite'/);
  });

  it('npm run email writes the email without a service, and says once how to name one', () => {
    const work = mkdtempSync(join(tmpdir(), 'emails-'));
    try {
      const args = [
        join(import.meta.dirname, '../../scripts/email.ts'),
        '--edition',
        '2016-07',
        '--lang',
        'es',
        '--out',
        join(work, 'out'),
        '--content',
        SAMPLE_CONTENT,
      ];
      const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CACHE_DIR: join(work, 'cache') } });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/es\.html\n.*es\.txt\n$/);
      expect(result.stderr.split(emailServiceHint()!)).toHaveLength(2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import mjml2html from 'mjml';
import { useTranslations } from '../../i18n/translate.ts';
import { cacheFile, packageVersion, writeCacheFile } from '../cache/cache-key.ts';
import type { EmailEdition, EmailStory } from './edition-model.ts';
import { escapeHtml } from '../site/html.ts';

/** The widest an email gets: what every mail client shows without scrolling. */
export const EMAIL_WIDTH = 600;

const escape = escapeHtml;

/**
 * MJML compiled to HTML. Compiling takes several milliseconds an email, so
 * with a `cacheDir` the result is kept there under a hash of the source and
 * MJML's version, and an unchanged email is not compiled again.
 */
async function compileMjml(mjml: string, what: string, cacheDir?: string): Promise<string> {
  const file = cacheDir && cacheFile(cacheDir, 'html', packageVersion('mjml'), mjml);
  if (file && existsSync(file)) return readFileSync(file, 'utf8');
  // No web fonts: MJML would otherwise link Google Fonts for its default typeface.
  const { html, errors } = await mjml2html(mjml, { fonts: {}, validationLevel: 'strict' });
  if (errors.length) throw new Error(`${what} is not valid MJML:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  if (file) writeCacheFile(file, html);
  return html;
}

/**
 * An edition's email as HTML that mail clients show alike (written in MJML):
 * a header, the edition's title and intro, each story as a card (picture,
 * title, summary, button), links to the other languages and a footer
 * (with the sending service's links, where the newsletter names it).
 * Nothing is a script or an external stylesheet.
 */
export function htmlEmail(edition: EmailEdition, options: { what: string; cacheDir?: string | undefined }): Promise<string> {
  const { locale } = edition;
  const t = useTranslations(locale);
  // A story in another language has its title, summary and picture's description marked with it, as the site marks them.
  const card = (s: EmailStory) => {
    const lang = s.language ? ` lang="${s.language}"` : '';
    const hreflang = s.language ? ` hreflang="${s.language}"` : '';
    return `
    <mj-section background-color="#ffffff" padding="0 0 24px">
      <mj-column>
        <mj-image src="${escape(s.picture.src)}" alt="${escape(s.picture.alt)}" width="${EMAIL_WIDTH - 40}px" height="${Math.round((EMAIL_WIDTH - 40) * s.picture.ratio)}px" href="${escape(s.url)}" padding="0 20px"${s.language ? ` css-class="lang-${s.language}"` : ''} />
        ${s.language ? `<mj-text padding="12px 20px 0" color="#555a52" font-size="13px">${escape(t('email:inLanguage', { language: s.language }))}</mj-text>` : ''}
        <mj-text padding="12px 20px 0" font-size="20px" font-weight="700" line-height="1.3"><a href="${escape(s.url)}"${lang}${hreflang} style="color:#1d1f1c;text-decoration:none">${escape(s.title)}</a></mj-text>
        <mj-text padding="6px 20px 0" color="#555a52" font-size="13px">${escape(s.meta)}</mj-text>
        <mj-text padding="8px 20px 0">${s.language ? `<span${lang}>${escape(s.summary)}</span>` : escape(s.summary)}</mj-text>
        <mj-button href="${escape(s.url)}" align="left" padding="12px 20px 0" background-color="#1f5f3a" color="#ffffff" border-radius="4px">${escape(t('email:readMore'))}</mj-button>
      </mj-column>
    </mj-section>`;
  };
  // MJML names the email's role ("email") in English whatever its language, and
  // lets no attribute of a picture be set but through mj-html-attributes.
  const storyLanguages = [...new Set(edition.stories.flatMap((s) => s.language ?? []))];
  // The sending service's placeholders go in as written: it puts each reader's own links in their place when it sends.
  const serviceLink = (href: string, label: string) => `<a href="${escape(href)}" style="color:#555a52">${escape(label)}</a>`;
  const { service } = edition;
  const serviceLinks = service
    ? [
        ...(service.viewInBrowser ? [serviceLink(service.viewInBrowser, t('email:viewInBrowser'))] : []),
        serviceLink(service.unsubscribe, t('email:unsubscribe')),
      ]
    : [];

  const mjml = `<mjml lang="${locale}">
  <mj-head>
    <mj-title>${escape(`${edition.title} · ${edition.newsletterName}`)}</mj-title>
    <mj-preview>${escape(edition.preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="#1d1f1c" />
    </mj-attributes>
    <mj-html-attributes>
      <mj-selector path="div[aria-roledescription]"><mj-html-attribute name="aria-roledescription">${escape(t('email:roleDescription'))}</mj-html-attribute></mj-selector>
      ${storyLanguages.map((l) => `<mj-selector path=".lang-${l} img"><mj-html-attribute name="lang">${l}</mj-html-attribute></mj-selector>`).join('')}
    </mj-html-attributes>
  </mj-head>
  <mj-body width="${EMAIL_WIDTH}px" background-color="#f3f1ea">
    <mj-section background-color="#1f5f3a" padding="20px">
      <mj-column><mj-text color="#ffffff" font-size="22px" font-weight="700">${escape(edition.newsletterName)}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 0 8px">
      <mj-column>
        <mj-text padding="0 20px" color="#555a52" font-size="13px">${escape(edition.dateLine)}</mj-text>
        <mj-text padding="4px 20px 0" font-size="26px" font-weight="700" line-height="1.25">${escape(edition.title)}</mj-text>
        <mj-text padding="12px 20px 12px">${escape(edition.intro)}</mj-text>
      </mj-column>
    </mj-section>
    ${edition.stories.map(card).join('\n')}
    <mj-section padding="20px">
      <mj-column>
        <mj-text align="center"><a href="${escape(edition.webUrl)}" style="color:#1f5f3a">${escape(t('email:viewOnline'))}</a></mj-text>
        ${edition.others.map((o) => `<mj-text align="center"><a href="${escape(o.url)}" hreflang="${o.lang}" style="color:#1f5f3a">${escape(o.label)}</a></mj-text>`).join('')}
        <mj-text align="center" color="#555a52" font-size="13px">${escape(edition.footer)}</mj-text>
        ${serviceLinks.length ? `<mj-text align="center" color="#555a52" font-size="13px">${serviceLinks.join(' · ')}</mj-text>` : ''}
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  return compileMjml(mjml, options.what, options.cacheDir);
}

import { z } from 'astro/zod';

/** Whether a declared placeholder is usable: some text, on one line (it goes into an attribute and a line of the text email). */
function isPlaceholder(value: string): boolean {
  return value.trim() !== '' && !/[\n\r]/.test(value);
}

/** A sending service whose placeholders the generator knows, by name (see `emailService`). */
const presetSchema = z.enum(['listmonk', 'mailchimp', 'buttondown', 'mailerlite']);

/** A sending service whose placeholders the generator knows (see `emailService`). */
type EmailServicePreset = z.output<typeof presetSchema>;

/** The services the generator knows, as messages list them. */
const presets = presetSchema.options.join(', ');

/** A sending service's placeholders, written into the emails as they are: the service replaces each with the reader's own link when it sends. */
const placeholdersSchema = z.object({
  unsubscribe: z
    .string()
    .refine(isPlaceholder, { error: `write the service's unsubscribe placeholder, on one line (Mailchimp's is *|UNSUB|*), or name a service (${presets})` })
    .describe("The reader's unsubscribe link, which every sending service requires (Mailchimp's `*|UNSUB|*`)."),
  viewInBrowser: z
    .string()
    .refine(isPlaceholder, { error: "write the service's placeholder, on one line (Mailchimp's is *|ARCHIVE|*), or leave it out" })
    .optional()
    .describe("The email's copy on the service's site, where it keeps one (Mailchimp's `*|ARCHIVE|*`). None by default."),
});

/** A sending service's placeholders (see `placeholdersSchema`). */
export type EmailPlaceholders = z.output<typeof placeholdersSchema>;

/**
 * The placeholders of the sending services a declaration may name
 * (`emailService: 'mailchimp'`), as each documents them. Buttondown and
 * MailerLite have no "view in browser" placeholder of their own.
 */
export const EMAIL_SERVICES: Record<EmailServicePreset, EmailPlaceholders> = {
  listmonk: { unsubscribe: '{{ UnsubscribeURL }}', viewInBrowser: '{{ MessageURL }}' },
  mailchimp: { unsubscribe: '*|UNSUB|*', viewInBrowser: '*|ARCHIVE|*' },
  buttondown: { unsubscribe: '{{ unsubscribe_url }}' },
  mailerlite: { unsubscribe: '{$unsubscribe}' },
};

/**
 * The service that sends the emails, by name or as its placeholders,
 * resolved to its placeholders. A name it does not know gets one message
 * naming the ones it does, rather than the union's two.
 */
export const emailServiceSchema = z
  .union([presetSchema, placeholdersSchema], {
    error: (issue) =>
      `'${String(issue.input)}' is not a service the generator knows (${presets}); give its placeholders instead: { unsubscribe: '…', viewInBrowser: '…' }`,
  })
  .transform((service): EmailPlaceholders => (typeof service === 'string' ? EMAIL_SERVICES[service] : service));

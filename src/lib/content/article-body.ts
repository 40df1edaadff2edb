import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';

/**
 * What an article's body links to and what in it is unsafe, read with the
 * Markdown parser the build renders with (satteri), so that every link form
 * (inline, reference-style, images, raw HTML, MDX elements) is seen as the
 * build sees it, and code samples stay text. Lines are 1-based, in the body.
 */

/** A link or picture the body points to. */
export interface BodyLink {
  url: string;
  line: number;
  image: boolean;
  /** A picture's alt text. */
  alt?: string;
  /** Written as an HTML or MDX element rather than in Markdown. */
  element: boolean;
}

/** Something in the body the site must not publish, and what to do. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** What reading a body found. */
export interface BodyScan {
  links: BodyLink[];
  problems: BodyProblem[];
}

/** Elements that run code or load other documents: no story needs them, and feeds and emails would carry them as written. */
const FORBIDDEN = new Set(['script', 'style', 'iframe', 'object', 'embed']);
/** Attributes that hold an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);
/** Address schemes that run code or carry a document inside the address. */
const UNSAFE_SCHEME = /^(javascript|vbscript|data):/;

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** An address as a browser reads it: character references decoded, white space and control characters dropped. */
function asBrowserReads(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    .replace(/[\u0000-\u0020\u007f]+/g, '');
}

/** Why an address must not be published, in `language`, or undefined. */
function unsafeAddress(url: string, image: boolean, language: Locale): string | undefined {
  const scheme = UNSAFE_SCHEME.exec(asBrowserReads(url).toLowerCase())?.[1];
  if (!scheme) return undefined;
  return useTranslations(language)(image ? 'checker:unsafeImage' : 'checker:unsafeLink', { url: asBrowserReads(url), scheme });
}

/** Checks one element (from raw HTML or MDX) by its name and attributes. */
function checkElement(name: string, attributes: [string, string | undefined][], line: number, scan: BodyScan, language: Locale) {
  const t = useTranslations(language);
  const tag = name.toLowerCase();
  if (FORBIDDEN.has(tag)) scan.problems.push({ line, message: t('checker:forbiddenElement', { tag }) });
  for (const [attribute, value] of attributes) {
    if (/^on/i.test(attribute)) {
      scan.problems.push({ line, message: t('checker:eventHandler', { tag, attribute }) });
    } else if (value !== undefined && URL_ATTRIBUTES.has(attribute.toLowerCase())) {
      const unsafe = unsafeAddress(value, tag === 'img', language);
      if (unsafe) scan.problems.push({ line, message: unsafe });
      else if (tag === 'a' && attribute.toLowerCase() === 'href') scan.links.push({ url: value, line, image: false, element: true });
    }
  }
}

/** Raw HTML in Markdown: every tag, comments left out. */
function checkHtml(html: string, line: number, scan: BodyScan, language: Locale) {
  const text = html.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const tag of text.matchAll(TAG)) {
    const at = line + text.slice(0, tag.index).split('\n').length - 1;
    const attributes = [...tag[2]!.matchAll(ATTRIBUTE)].map((a): [string, string | undefined] => [a[1]!, a[2] ?? a[3] ?? a[4]]);
    checkElement(tag[1]!, attributes, at, scan, language);
  }
}

/** An MDX attribute's value where it is written out: a string, or an expression that is one string literal. */
function jsxValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const expression = (value as { value?: unknown } | null)?.value;
  if (typeof expression !== 'string') return undefined;
  const literal = /^\s*(["'`])([\s\S]*)\1\s*$/.exec(expression);
  return literal ? literal[2] : expression;
}

type Node = MdastNode & { children?: Node[]; position?: { start: { line: number } } };

/**
 * Reads a body (Markdown, or MDX when `mdx`) for its links and for what must
 * not be published. A body that is not valid MDX is one problem on its line.
 * Problems are told in `language`.
 */
export function scanBody(body: string, mdx: boolean, language: Locale): BodyScan {
  const scan: BodyScan = { links: [], problems: [] };
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast(body) : markdownToMdast(body)) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):\d+:\s*/.exec(message);
    const reason = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)\s*\(.*\)$/, '');
    scan.problems.push({ line: place ? Number(place[1]) : 1, message: useTranslations(language)('checker:invalidMdx', { reason }) });
    return scan;
  }
  const definitions = new Map<string, Node & { url: string }>();
  const imageReferences: (Node & { identifier: string; alt?: string | null | undefined })[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    const n = node as Node & Record<string, unknown>;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxjsEsm':
        return;
      case 'link':
      case 'image': {
        const image = node.type === 'image';
        const unsafe = unsafeAddress(String(n['url']), image, language);
        if (unsafe) scan.problems.push({ line, message: unsafe });
        else scan.links.push({ url: String(n['url']), line, image, element: false, ...(image ? { alt: String(n['alt'] ?? '') } : {}) });
        break;
      }
      case 'definition':
        definitions.set(String(n['identifier']), n as Node & { url: string });
        break;
      case 'imageReference':
        imageReferences.push(n as Node & { identifier: string });
        break;
      case 'html':
        checkHtml(String(n['value']), line, scan, language);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes = ((n['attributes'] as { type: string; name?: string; value?: unknown }[]) ?? [])
          .filter((a) => a.type === 'mdxJsxAttribute' && a.name)
          .map((a): [string, string | undefined] => [a.name!, jsxValue(a.value)]);
        if (n['name']) checkElement(String(n['name']), attributes, line, scan, language);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  // A definition is where a reference-style link points; pictures are checked where they are shown.
  const pictured = new Set(imageReferences.map((r) => r.identifier));
  for (const [identifier, definition] of definitions) {
    const line = definition.position?.start.line ?? 1;
    const unsafe = unsafeAddress(definition.url, pictured.has(identifier), language);
    if (unsafe) scan.problems.push({ line, message: unsafe });
    else if (!pictured.has(identifier)) scan.links.push({ url: definition.url, line, image: false, element: false });
  }
  for (const reference of imageReferences) {
    const definition = definitions.get(reference.identifier);
    if (!definition || unsafeAddress(definition.url, true, language)) continue;
    scan.links.push({ url: definition.url, line: reference.position?.start.line ?? 1, image: true, alt: reference.alt ?? '', element: false });
  }
  return scan;
}

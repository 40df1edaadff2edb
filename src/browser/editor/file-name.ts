/**
 * The story's file name in the web editor (see `FILE_NAME_FIELD`): a field
 * in each language that shows the name its file gets, made from that
 * language's title as `npm run new` makes it, and that Sveltia CMS names the
 * file after. Part of the editor's page script.
 */
import type CMS from '@sveltia/cms';
import { storySlug } from '../../lib/content/slug.ts';
import { FILE_NAME_FIELD, FILE_NAME_TYPE } from '../../lib/editor/file-name.ts';

/** What Sveltia CMS hands this field type's control (the parts used here). */
interface ControlProps {
  value: unknown;
  forID: string;
  classNameWrapper: string;
  onChange(value: string): void;
  /** This language's fields, and its file's path once it has one. */
  entry?: { toJS(): { data?: Record<string, unknown>; path?: string } };
}

/** React's class factory and element factory, which Sveltia CMS puts on `window` for field types. */
const { createClass, h } = window as unknown as {
  createClass: (spec: Record<string, (this: { props: ControlProps }) => unknown>) => never;
  h: (type: string, props: unknown, ...children: unknown[]) => unknown;
};

/** The file name this language's title makes. */
function fileNameOf(props: ControlProps): string {
  return storySlug(String(props.entry?.toJS().data?.['title'] ?? ''));
}

/** The name shown: the file's own once it has one (Sveltia CMS renames no saved file), else the one its title makes. */
function shownName(props: ControlProps): string {
  const path = props.entry?.toJS().path ?? '';
  return /\.mdx?$/.test(path) ? path.slice(path.lastIndexOf('/') + 1) : `${fileNameOf(props)}.md`;
}

/** Keeps the field's value the title's file name: set after each change of the entry, as React wants. */
function follow(this: { props: ControlProps }) {
  const name = fileNameOf(this.props);
  if (name !== this.props.value) this.props.onChange(name);
}

/** Registers the field type: read-only, it shows the file's name, in the form and in its preview, and follows the title. */
export function registerFileName(cms: typeof CMS): void {
  cms.registerFieldType(
    FILE_NAME_TYPE,
    createClass({
      componentDidMount: follow,
      componentDidUpdate: follow,
      render() {
        return h('output', { id: this.props.forID, className: this.props.classNameWrapper }, shownName(this.props));
      },
    }),
    createClass({
      render() {
        return h('p', null, shownName(this.props));
      },
    }),
  );
}

/** A story file's fields as the editor reads them: with the file name its title makes, so opening a story changes nothing. */
export function withFileName(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, [FILE_NAME_FIELD]: storySlug(String(data['title'] ?? '')) };
}

/** The editor's fields as a story file holds them: without the file name, which is the file's own. */
export function withoutFileName(data: Record<string, unknown>): Record<string, unknown> {
  const { [FILE_NAME_FIELD]: _, ...fields } = data;
  return fields;
}

// The package ships no types: what the structured-data build test uses of it.
declare module 'structured-data-testing-tool' {
  /** One rule a preset checks. */
  export interface StructuredDataTest {
    description: string;
    group?: string;
    groups?: string[];
  }
  /** What a check found: the schemas on the page and the rules that passed or failed. */
  export interface StructuredDataResult {
    schemas: string[];
    passed: StructuredDataTest[];
    failed: StructuredDataTest[];
    warnings: StructuredDataTest[];
  }
  /** Resolves when every rule passes; otherwise rejects with `{ type: 'VALIDATION_FAILED', res }`. */
  export function structuredDataTestHtml(html: string, options: { presets: unknown[] }): Promise<StructuredDataResult>;
}

declare module 'structured-data-testing-tool/presets.js' {
  /** The rule sets by name (a CommonJS module: read it through its default export). */
  const presets: { Google: unknown; Twitter: unknown; Facebook: unknown };
  export default presets;
}

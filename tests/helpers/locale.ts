/**
 * An environment whose system locale is `posix` ("es_ES.UTF-8"), whatever the
 * machine's: LANG set, and LC_ALL and LC_MESSAGES, which would outrank it,
 * left out. The editors' tools speak its language (see `messageLanguage`).
 */
export function withLocale(posix: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = env;
  return { ...rest, LANG: posix };
}

/** The pages kept for one language (see `keptPages`), as site paths. */
export interface KeptLanguage {
  home: string;
  offline: string;
  edition?: string;
  stories: string[];
}

/** What the build writes into the worker. */
export interface OfflineConfig {
  /** Changes when anything kept changes: names this build's cache. */
  build: string;
  /** The site's base path: the worker's scope and its caches' prefix. */
  base: string;
  /** The web editor's path: left alone, it has its own policy and its own network needs. */
  editor: string;
  /** The default language, whose offline page answers a path in no language. */
  fallback: string;
  languages: Record<string, KeptLanguage>;
}

// The service worker's own types (not in the DOM library the project compiles with), as much as it uses.
interface WaitingEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface RequestEvent extends WaitingEvent {
  request: Request;
  clientId: string;
  respondWith(response: Promise<Response>): void;
}
interface PostedEvent extends WaitingEvent {
  data: unknown;
  source: { url: string } | null;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; get(id: string): Promise<{ url: string } | undefined> };
  addEventListener(type: 'install' | 'activate', listener: (event: WaitingEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: RequestEvent) => void): void;
  addEventListener(type: 'message', listener: (event: PostedEvent) => void): void;
}

/**
 * The offline worker. A page visited in a language makes it keep that
 * language's home, latest edition and the edition's stories with their
 * stylesheets; pictures are kept as kept pages fetch them, at the size the
 * device took. Pages come from the network first, from the cache when there
 * is none, else the language's offline page, which links to what is kept.
 * Styles and pictures (content-hashed names) come from the cache first.
 * Each build has its own cache; activating drops the older ones, having kept
 * the same languages again.
 *
 * Self-contained on purpose: the build writes this function's source, called
 * with the build's `config`, as the worker file (see `offlineReading`).
 */
export function offlineWorker(config: OfflineConfig): void {
  const scope = self as unknown as WorkerScope;
  const prefix = `offline|${config.base}|`;
  const current = prefix + config.build;
  const codes = Object.keys(config.languages);
  const pagesOf = (code: string) => {
    const kept = config.languages[code]!;
    return [kept.home, ...(kept.edition ? [kept.edition] : []), ...kept.stories];
  };
  const keptPaths = new Set(codes.flatMap((code) => [...pagesOf(code), config.languages[code]!.offline]));
  const languageOf = (path: string) => codes.find((code) => path.startsWith(config.languages[code]!.home));
  const pathOf = (url: string) => new URL(url).pathname;
  const keeping = new Map<string, Promise<void>>();

  // The language's pages and their stylesheets; its offline page goes in last and marks the language as kept.
  const fetchLanguage = async (code: string, cache: Cache) => {
    const offline = config.languages[code]!.offline;
    const styles = new Set<string>();
    const pages = await Promise.all(
      [...pagesOf(code), offline].map(async (path) => {
        const response = await fetch(path);
        if (!response.ok) throw new Error(`${response.status} ${path}`);
        const html = await response.text();
        for (const [link] of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
          const href = /\bhref="([^"]+)"/.exec(link)?.[1];
          if (href) styles.add(pathOf(new URL(href, scope.location.href).href));
        }
        // A new response: one that followed a redirect cannot answer a navigation.
        return [path, new Response(html, { headers: response.headers })] as const;
      }),
    );
    await cache.addAll([...styles]);
    for (const [path, response] of pages) if (path !== offline) await cache.put(path, response);
    await cache.put(offline, pages.find(([path]) => path === offline)![1]);
  };
  const keep = (code: string) => {
    let job = keeping.get(code);
    if (!job) {
      job = caches.open(current).then(async (cache) => {
        if (!(await cache.match(config.languages[code]!.offline))) await fetchLanguage(code, cache);
      });
      // A failed attempt (the connection dropped) is tried again on the next page.
      job.catch(() => keeping.delete(code));
      keeping.set(code, job);
    }
    return job;
  };
  const fromKeptPage = async (clientId: string) => {
    const client = clientId ? await scope.clients.get(clientId) : undefined;
    return client !== undefined && keptPaths.has(pathOf(client.url));
  };

  scope.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        // Keep again what an older build kept, before it is dropped.
        for (const name of await caches.keys()) {
          if (!name.startsWith(prefix) || name === current) continue;
          const old = await caches.open(name);
          for (const code of codes) if (await old.match(config.languages[code]!.offline)) await keep(code).catch(() => {});
        }
        await scope.skipWaiting();
      })(),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) if (name.startsWith(prefix) && name !== current) await caches.delete(name);
        await scope.clients.claim();
      })(),
    );
  });

  // From the loader: the page's language is to be kept, and the pictures it took with it.
  scope.addEventListener('message', (event) => {
    const path = event.source ? pathOf(event.source.url) : '';
    const code = languageOf(path);
    if (!code) return;
    const pictures = Array.isArray(event.data)
      ? event.data.filter((url): url is string => typeof url === 'string' && new URL(url).origin === scope.location.origin)
      : [];
    event.waitUntil(
      keep(code).then(async () => {
        if (!keptPaths.has(path)) return;
        const cache = await caches.open(current);
        for (const url of pictures) if (!(await cache.match(url))) await cache.add(url);
      }),
    );
  });

  const page = async (event: RequestEvent, path: string) => {
    try {
      const response = await fetch(event.request);
      const code = languageOf(path);
      if (code) event.waitUntil(keep(code).catch(() => {}));
      if (response.ok && keptPaths.has(path)) {
        const copy = response.clone();
        event.waitUntil(caches.open(current).then((cache) => cache.put(path, copy)));
      }
      return response;
    } catch (error) {
      const cache = await caches.open(current);
      const wanted = languageOf(path) ?? config.fallback;
      const hit = await cache.match(path);
      if (hit) return hit;
      // The reader's language's offline page, else any kept one.
      for (const code of [wanted, ...codes]) {
        const offline = await cache.match(config.languages[code]!.offline);
        if (offline) return offline;
      }
      throw error;
    }
  };

  const asset = async (event: RequestEvent) => {
    const cache = await caches.open(current);
    const hit = await cache.match(event.request);
    if (hit) return hit;
    const response = await fetch(event.request);
    if (response.ok && (await fromKeptPage(event.clientId))) event.waitUntil(cache.put(event.request, response.clone()));
    return response;
  };

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== scope.location.origin || !url.pathname.startsWith(config.base) || url.pathname.startsWith(config.editor))
      return;
    if (request.mode === 'navigate') event.respondWith(page(event, url.pathname));
    else if (request.destination === 'style' || request.destination === 'image') event.respondWith(asset(event));
  });
}

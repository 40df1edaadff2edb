/**
 * Registers the offline worker once the page has loaded, then tells it which
 * pictures the page took: each `<img>`'s `currentSrc` is the one candidate of
 * its srcset this device chose, so the worker keeps that size and no other.
 * Without a service worker (or JavaScript) the page is the same.
 *
 * Self-contained on purpose: the build writes this function's source into the
 * loader file (see `offlineReading`), so the page runs the code tested here.
 */
export function registerOfflineWorker(worker: string): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  addEventListener('load', () => {
    sw.register(worker)
      .then(() => sw.ready)
      .then((registration) => registration.active?.postMessage([...document.images].map((img) => img.currentSrc).filter(Boolean)))
      .catch(() => {});
  });
}

/** Stories per page on term and edition pages. */
export const PAGE_SIZE = 12;

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** A place in the pagination bar: a page number, or pages left out. */
export type PageSlot = number | 'gap';

/**
 * The pages a pagination bar links to: the first and last, and those within
 * `reach` of the current one; a run of two or more left-out pages becomes a
 * gap (one left-out page is shown instead, as a gap would take its place).
 * An archive's term can have hundreds of pages: linking them all would make
 * every page of it heavier, and rendering them all quadratic.
 */
export function pageWindow(current: number, total: number, reach = 2): PageSlot[] {
  const shown = new Set([1, total]);
  for (let p = current - reach; p <= current + reach; p++) if (p >= 1 && p <= total) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  pages.forEach((page, i) => {
    const previous = pages[i - 1];
    if (previous !== undefined && page - previous === 2) slots.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) slots.push('gap');
    slots.push(page);
  });
  return slots;
}

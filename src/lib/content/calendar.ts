/** Dates as editors write them: YYYY-MM-DD, checked against the calendar. */

/** The year, month and day at the start of a YAML date or timestamp ("2016-02-30", "2016-2-30T10:00:00Z"). */
const LEADING_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[Tt \t])/;

/** Why a written date names no day: its month does not exist, or its month has fewer days. */
export type ImpossibleDate = { month: number; days?: undefined } | { year: number; month: number; days: number };

/**
 * Why a written date names no day of the calendar (month 13; February 2016
 * has 29 days), or undefined when it is a real day or not a date at all.
 * `new Date()` and YAML parsers roll such dates over into the next month, so
 * they must be caught from the text as written.
 */
export function impossibleDate(text: string): ImpossibleDate | undefined {
  const match = LEADING_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { month };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { year, month, days };
  return undefined;
}

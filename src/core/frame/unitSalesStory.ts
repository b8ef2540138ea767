/**
 * A story about goods sold, counted (a market's car registrations, a month's car or smartphone sales, units sold):
 * its bare "sales" told as a percentage are the units sold ("Tesla's EU sales slumped 48.5%", beside "Tesla's
 * registrations fell 48.5%"), not a company's revenue. Money stays revenue ("sales of €2 billion"). As a retail-sales
 * story's bare "sales" are the retail sales (retailStory.ts).
 */
import { storyTells } from "./article";

const UNITS_SOLD = /\b(?:(?:new[-\s])?(?:car|vehicle|EV|truck|motorcycle)\s+(?:registrations|sales|deliveries)|registrations\s+of\s+(?:new\s+)?(?:cars|vehicles)|(?:new\s+)?(?:cars|vehicles|EVs|phones|smartphones|handsets|units)\s+(?:sold|registered|shipped)|(?:smartphone|phone|handset|PC|tablet)\s+(?:sales|shipments)|(?:sales|registrations|deliveries|shipments)\s+of\s+(?:new\s+)?(?:passenger\s+|electric\s+)?(?:cars|vehicles|EVs|smartphones|phones|handsets|PCs)|(?:car|vehicle|EV|smartphone)\s+market|unit\s+sales)\b/i;

/**
 * Sales counted in units in one clause: "Heat pump sales rose 9.3% to 1.41 million units", "Sales … were up 9.3% at
 * 1.41 million units", "1.4 million heat pumps were sold" (of any goods: the units tell).
 */
const SALES_IN_UNITS = /\bsales\b(?:[^.;]|\.(?=\d)){0,80}?\b\d[\d,.]*\s*(?:million\s+|m\s+)?units\b|\b\d[\d,.]*\s*(?:million\s+|m\s+)?(?:units|[\p{L}-]+\s+[\p{L}-]+s|[\p{L}-]+s)\s+(?:were|was)\s+sold\b/iu;

/** The title, or the opening sentences, count goods sold (its units told: the first five). */
export function isUnitSalesStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(UNITS_SOLD, title, sentences, 3) || storyTells(SALES_IN_UNITS, title, sentences, 5);
}

/**
 * In such a story, are the bare "sales" (`word`) of a number in `unit` the units sold? A percentage only: an amount
 * of money is revenue, a count is read as units already (measure.ts countMeasures).
 */
export function salesAreUnits(word: string, unit: string): boolean {
  return unit === "%" && /^sales$/i.test(word);
}

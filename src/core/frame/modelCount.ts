/**
 * A count of a model: "delivered 68 A350s", "handed over 79 A220s, 68 A350s and 32 A330s", "ordered 40 F-35s". The
 * model named right after the number, in the plural, is what it counts: the figure is that model's (its holder, as
 * "A350 deliveries rose to 86" makes it), and its measure is what the clause's verb did with them (delivered or handed
 * over: deliveries; ordered or booked: orders). A model is a name of letters and digits ("A350", "F-35", "A320neo",
 * "Q400"): not a decade ("the 1990s"), not a word alone.
 */
import type { FrameMeasure } from "./types";
import { holderKey } from "./holder";

/** Right after the number: a model's name in the plural ("A350s", "F-35s", "A320neos", "Q400s"). */
const MODEL_AFTER = /^\s+((?:[A-Z]{1,3}-?\d{2,4}|[A-Z]{1,3}\d{1,2}-\d{2,4})(?:[a-z]{2,4})?)s\b(?!['’])/;

/** What the clause did with the models, in its verb: the last of these before the number. */
const MODEL_VERB = /\b(?:(delivered|delivering|handed\s+over|handing\s+over|shipped|shipping)|(ordered|ordering|booked|booking))\b/gi;

const DELIVERIES: FrameMeasure = { key: "n:delivery", name: "deliveries", how: "noun" };
const ORDERS: FrameMeasure = { key: "n:order", name: "orders", how: "noun" };

export interface ModelCount {
  /** The model as a holder ("a350") and as written in the singular ("A350"). */
  key: string;
  name: string;
  /** What the clause's verb says was done with the models, if it says. */
  measure?: FrameMeasure;
}

/**
 * The model the count that ends at `end` counts, if one is named right after it; `clause` is the text of its clause
 * before the number (its verb is looked for there).
 */
export function modelCounted(text: string, end: number, clause: string): ModelCount | undefined {
  const m = MODEL_AFTER.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  const name = m[1];
  let measure: FrameMeasure | undefined;
  for (const v of clause.matchAll(MODEL_VERB)) measure = v[1] ? DELIVERIES : ORDERS;
  return { key: holderKey(name), name, measure };
}

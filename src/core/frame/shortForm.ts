/**
 * A measure named in full once and then by its head noun alone. A story that opens on "India's foreign exchange
 * reserves" goes on with "Reserves had climbed $2.7 billion": the bare "reserves" are the same reserves, not a stock
 * of goods. A bare head noun (right after the sentence's start, a determiner or a possessive) takes the measure that
 * the story's title or sentences named with that head noun in full, when they named it so for one measure only. A
 * head noun with a word of its own before it ("gold reserves", "oil stocks") is left as read.
 */
import type { MeasureConcept, MeasureHit } from "./measure";

/** Right before a bare head noun: nothing, a determiner, a possessive, or a word of amount. */
const BARE_BEFORE = /(?:^|[.;:,(]\s*|\b(?:the|its|their|his|her|our|these|those|total|overall|combined)\s+|['’]s\s+)$/i;

/** Is the measure word `hit` of `text` a head noun alone: one word, right after nothing, a determiner or a possessive? */
function isBareHead(text: string, hit: MeasureHit, phrase: string): boolean {
  return !/[\s-]/.test(phrase) && BARE_BEFORE.test(text.slice(Math.max(0, hit.start - 20), hit.start));
}

/** The head noun (the last word) of a measure phrase, lowercased. */
function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/[\s-]+/);
  return words[words.length - 1];
}

/**
 * The measures a story has named in full so far (a phrase of two words or more), by head noun: "reserves" → foreign
 * exchange reserves. A head noun named for two measures ("foreign reserves", "crude oil reserves") names neither.
 * Fed the title, then each sentence in order, with the measure words read in it.
 */
export class FullNames {
  private readonly byHead = new Map<string, MeasureConcept | null>();

  /** Note the measures a text names in full (or with a word of their own: "crude oil reserves" are stocks). */
  note(text: string, hits: readonly MeasureHit[]): void {
    for (const hit of hits) {
      const phrase = text.slice(hit.start, hit.end).trim();
      if (hit.verb || isBareHead(text, hit, phrase)) continue;
      const head = headOf(phrase);
      const known = this.byHead.get(head);
      if (known === undefined) this.byHead.set(head, hit.concept);
      else if (known && known.key !== hit.concept.key) this.byHead.set(head, null);
    }
  }

  /** The sentence's measure words, a bare head noun taking the measure named in full with it before. */
  apply(sentence: string, hits: readonly MeasureHit[]): MeasureHit[] {
    if (this.byHead.size === 0) return hits as MeasureHit[];
    return hits.map((h) => {
      if (h.verb) return h;
      const phrase = sentence.slice(h.start, h.end).trim();
      if (!isBareHead(sentence, h, phrase)) return h;
      const full = this.byHead.get(phrase.toLowerCase());
      if (!full || full.key === h.concept.key) return h;
      return { ...h, concept: full };
    });
  }
}

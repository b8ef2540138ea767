/**
 * The basis a number is expressed in when the text says so: "in value terms", "in volume terms", "in dollar terms",
 * "in yuan terms", "in real terms". Two numbers on different bases are different figures.
 */
const BASIS = /\bin\s+(value|volume|dollar|rupee|yuan|renminbi|euro|rouble|ruble|yen|pound|local[-\s]currency|real|nominal|tonnage|monetary|physical)\s+terms\b/i;

export function basisOf(clause: string): string | undefined {
  const m = BASIS.exec(clause);
  return m ? m[1].toLowerCase().replace(/\s+/g, "-") : undefined;
}

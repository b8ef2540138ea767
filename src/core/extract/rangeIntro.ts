/**
 * What the words before a range's first number say about it. "between 10 and 12" and "ranged from 3 to 5" frame a
 * range: the words say so, so two bare numbers form one ("between 20 and 30", "from 200 to 3000000"). "from X to Y"
 * after anything else is a change ("fell from 5% to 3%"): two figures. A spread is said by "range", "vary", "span",
 * "estimates … from", "anywhere from", or a form of "be" right before "from" ("prices were from $5 to $8").
 * A verb that told a move in the past or present ("rose", "fell by", "was up", "jumps") before the first number makes
 * "X to Y" the move and the level it led to ("rose by $1 billion to $688 billion"): two figures where both halves
 * carry their unit (see quantity.ts); a move still to come keeps its range ("could rise by $3 to $5 a barrel") unless
 * the level is ten times the move or more ("will go up by £35 to £1,755": no range spans so far).
 * A minus sign or word before the first number ("between -2% and 3%", "between minus five and ten") is read past,
 * and the range starts at it.
 */
import * as chars from "../text/chars";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { isInlineSpace, isLetter } = chars;

export interface RangeIntro {
  /** Where the range starts: the minus sign or word when there is one, else the first number. */
  start: number;
  /** Is the first number negated by that sign? */
  negative: boolean;
  /** "between …", "from …" governed by a word of spread, "from …" (a change), a verb of a move, or none of them. */
  frame: "between" | "spread" | "change" | "move" | "move-ahead" | null;
}

const FROM_BEFORE = /(?:^|[^\p{L}])from[ \u00a0]+$/iu;
const SPREAD_FROM =
  /(?:^|[^\p{L}])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?|estimates?[ \u00a0]+\w+|anywhere|is|are|was|were|be|been|being)[ \u00a0]+from[ \u00a0]+$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[ \u00a0]+(?:the[ \u00a0]+ages[ \u00a0]+of[ \u00a0]+)?$/iu;
/** A move told as done or happening: "rose", "increased by", "was up", "jumps a further", "edged down nearly". */
const MOVE_BEFORE = new RegExp(
  String.raw`\b(?:(?:rose|rises|fell|falls|gained|gains|lost|loses|grew|grows|shrank|shrinks|slipped|slips|jumped|jumps|climbed|climbs|dropped|drops|declined|declines|increased|increases|decreased|decreases|added|adds|surged|surges|soared|soars|slumped|slumps|plunged|plunges|widened|widens|narrowed|narrows|expanded|expands|contracted|contracts|swelled|swells|advanced|advances|retreated|retreats|(?:edged|inched|ticked|went|goes|moved|moves)[ \u00a0]+(?:up|down|higher|lower))|(?:was|were|is|are)[ \u00a0]+(?:up|down|higher|lower))[ \u00a0]+(?:by[ \u00a0]+)?(?:(?:a[ \u00a0]+further|an[ \u00a0]+additional|another|about|around|roughly|nearly|almost|some|over|more[ \u00a0]+than|just[ \u00a0]+(?:over|under))[ \u00a0]+)?$`,
  "i",
);
/** A move still to come, by an amount: "will go up by", "could rise by", "set to fall by". */
const MOVE_AHEAD_BEFORE = /\b(?:rise|fall|increase|decrease|grow|drop|climb|go\s+(?:up|down))[ \u00a0]+by[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|some)[ \u00a0]+)?$/i;
const MINUS_WORD = /(?:^|[^\p{L}])(minus|negative)[ \u00a0]+$/iu;

/** The minus sign ("-2%", "−5") or word ("minus five") right before `start`: where it begins, or -1. */
export function minusBefore(text: string, start: number): number {
  const m = text.charCodeAt(start - 1);
  if (m === 45 || m === 0x2212) {
    const b = start >= 2 ? text.charCodeAt(start - 2) : 32;
    return isInlineSpace(b) || b === 40 || b === 10 || b === 13 ? start - 1 : -1;
  }
  if (start < 2 || !isLetter(text.charCodeAt(start - 2))) return -1;
  const back = text.slice(Math.max(0, start - 12), start);
  const w = MINUS_WORD.exec(back);
  return w ? start - back.length + w.index + w[0].length - w[0].replace(/^[^\p{L}]/u, "").length : -1;
}

/** The words before a first number starting at `start`. */
export function rangeIntroBefore(text: string, start: number, moves = true): RangeIntro {
  const sign = minusBefore(text, start);
  const at = sign >= 0 ? sign : start;
  const before = text.slice(Math.max(0, at - 40), at);
  // (a move is read only where "to" joins the halves: `moves`)
  const frame = BETWEEN_BEFORE.test(before) ? "between" : FROM_BEFORE.test(before) ? (SPREAD_FROM.test(before) ? "spread" : "change") : !moves ? null : MOVE_BEFORE.test(before) ? "move" : MOVE_AHEAD_BEFORE.test(before) ? "move-ahead" : null;
  return { start: at, negative: sign >= 0, frame };
}

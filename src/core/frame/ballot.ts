/**
 * A ballot's yes vote: the share of those who voted that backed a strike, a deal or a motion ("91.4% of those who
 * took part in its strike ballot had voted in favour of industrial action", "94.1% of those voting backed the
 * strike", "members backed the deal by 79%", "a 79% yes vote", "voted 72% in favour", "an 85% vote for acceptance").
 * Not the turnout ("on a turnout of 68.3%"), and not a party's share of an election's votes (see election.ts).
 */
import type { FrameMeasure } from "./types";

export const BALLOT_YES: FrameMeasure = { key: "ballot-yes", name: "yes vote in the ballot", how: "clause" };

/** After the share: "of those voting backed", "of members who took part … had voted in favour of". */
const OF_VOTERS_BACKED = /^\s*of\s+(?:those|the|its|their|members|voters|workers|staff|nurses|doctors|teachers|employees|union\s+members)\b[^.;%]{0,70}?\b(?:(?:had|have|has)\s+)?(?:voted\s+(?:in\s+favou?r|for|yes|to\s+(?:accept|strike|back|approve|walk\s+out|take)|in\s+support)|backed|supported|approved|endorsed|favou?red|said\s+yes)\b/i;
/** Right after the share: "yes vote", "vote for acceptance", "in favour". */
const YES_AFTER = /^\s*(?:yes\s+vote|vote\s+(?:for|in\s+favou?r)|in\s+favou?r|majority\s+in\s+favou?r|backing\s+for)\b/i;
/** Before the share: "backed the deal by ", "approved the offer by a margin of " (not the passive "were backed by"). */
const BACKED_BY_BEFORE = /\b(?:backed|approved|endorsed|supported|accepted|ratified|voted\s+for)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}’'-]+\s+){1,3}by\s+(?:a\s+margin\s+of\s+)?(?:(?:about|around|nearly|almost|some|just\s+over|just\s+under|more\s+than)\s+)?$/u;
/** A turnout named right by the share: "on a turnout of 68.3%", "turnout was 68.3%". */
const TURNOUT_BEFORE = /\bturnout\s+(?:of|was|stood\s+at|at)\s+(?:about\s+|around\s+|some\s+)?$/i;

/** The yes vote the percentage at [start, end) of the sentence states, if it states one. */
export function ballotYes(sentence: string, start: number, end: number): FrameMeasure | undefined {
  if (TURNOUT_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return undefined;
  const after = sentence.slice(end, end + 120);
  if (OF_VOTERS_BACKED.test(after) || YES_AFTER.test(after) || BACKED_BY_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))) return BALLOT_YES;
  return undefined;
}

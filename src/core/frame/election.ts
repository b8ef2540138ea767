/**
 * An election's numbers. In a story of an election, a percent a party or a candidate won is its share of the vote
 * ("won 38.6% of the vote", "came second with 27.9%", "the clear winner with 38.6%"); the seats it won or will hold are
 * its own ("The Social Democrats … will hold 104 seats"), unlike the size of the assembly ("142 of the 300 seats",
 * "the 300-member assembly"); and "64.2% of the 4.1 million eligible voters cast a ballot" is the turnout. A result
 * told with no period is the story's election's, unless its clause says it was an earlier one ("had won 34.1
 * percent in the previous election").
 */
import { monthOfDate, type Span } from "./period";
import { storyTells } from "./article";
import type { FrameMeasure } from "./types";

/** Words of a story about an election. */
export const ELECTION = /\b(?:elections?|electoral|votes?|voters|ballots?|polls|referendum|run-?off|parliamentary|presidential)\b/i;

/** Is the article a story of an election (its title or one of its sentences says so)? */
export function isElectionStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(ELECTION, title, sentences);
}

/** A verb of winning, or a place in the race, right before the percent. */
const WON_SHARE = /\b(?:won|wins|win|took|takes|received|receives|secured|secures|got|gained|garnered|polled|(?:came|finished|ended|placed)\s+(?:first|second|third|fourth|fifth|last)\s+(?:with|on)|(?:winner|victor|runner-up|loser)\s+with|(?:was|is)\s+(?:first|second|third)\s+with)\s+(?:about\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|some\s+|around\s+|more\s+than\s+)?$/i;

/** Does the percent at `start` of the clause (from `from`) tell a share won ("the clear winner with 38.6%")? */
export function wonShareBefore(sentence: string, from: number, start: number): boolean {
  return WON_SHARE.test(sentence.slice(Math.max(from, start - 40), start));
}

/** The size of the assembly: "of the 300 seats", "the 300-member assembly", "a 300-seat parliament". */
const SEAT_TOTAL_BEFORE = /\b(?:of|in)\s+(?:the|its|all)\s+$/i;
const SEAT_TOTAL_AFTER = /^[-\s](?:member|seat|strong)\b/i;

/** Is the seat count at [start, end) of the sentence the assembly's size rather than a party's seats? */
export function isSeatTotal(sentence: string, start: number, end: number): boolean {
  return SEAT_TOTAL_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) || SEAT_TOTAL_AFTER.test(sentence.slice(end, end + 8));
}

/** After a percent: "of the (4.1 million) (eligible|registered) voters cast a ballot / voted / turned out". */
const TURNOUT_AFTER = /^\s+of\s+(?:the\s+|all\s+)?(?:[\d.,]+\s+(?:million\s+|thousand\s+)?)?(?:(?:eligible|registered)\s+)?(?:voters|electorate|electors)\s+(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted|turned\s+out|went\s+to\s+the\s+polls)\b/i;

export const TURNOUT: FrameMeasure = { key: "turnout", name: "turnout", how: "clause" };

/** The turnout a percent tells by what follows it ("64.2% of the eligible voters cast a ballot"), else undefined. */
export function turnoutAfter(sentence: string, end: number): FrameMeasure | undefined {
  return TURNOUT_AFTER.test(sentence.slice(end, end + 90)) ? TURNOUT : undefined;
}

/** A result told of an earlier election: "had won 34.1 percent", "in the previous election", "last time". */
const EARLIER_ELECTION = /\b(?:had\s+(?:won|taken|received|secured|got|gained|polled)|(?:previous|last|prior|preceding|former)\s+(?:election|vote|poll|ballot)|last\s+time)\b/i;

/** Is the clause about an earlier election than the story's? */
export function isEarlierElection(clause: string): boolean {
  return EARLIER_ELECTION.test(clause);
}

/**
 * The period of a result of the story's election told with none: the month of the article's date ("2026-09"),
 * labelled "September 2026 election" (outlets of one month report the same election). Undefined without a date.
 */
export function electionPeriod(dateMonth: string): Span | undefined {
  const month = monthOfDate(dateMonth);
  return month && { ...month, label: `${month.label} election` };
}

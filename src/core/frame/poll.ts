/**
 * An opinion poll's numbers. In a story about a poll, a percent a party or a candidate is "on", "at", "with" or
 * "would win" is its support in that poll, not a share of the vote an election gave it; the people asked are the
 * poll's sample ("a survey of 2,104 voters", "questioned 2,104 people") and "a margin of error of 2.1 points" its
 * margin. A poll is its pollster's: two pollsters' numbers for one party are two facts (they asked different people
 * on different days), while outlets that report one pollster's poll report one fact and may contradict each other.
 * The pollster is read from the sentence ("a poll by the Kantor Institute", "A new Kantor poll", "Another survey, by
 * Ipsara"), else the story's (the one it names most, the first of those).
 */
import { storyTells } from "./article";
import type { FrameMeasure } from "./types";

const POLL_WORD = "(?:opinion\\s+)?(?:poll|survey|polling|tracker)";
/** A story about a poll: a poll by someone, a new or latest poll, pollsters. */
const POLL_STORY = new RegExp(`\\b(?:${POLL_WORD}s?\\s*,?\\s+(?:by|from|conducted\\s+by|carried\\s+out\\s+by|published|released|showed|shows|puts|put|gives|gave|found|finds)|(?:new|latest|recent|another|a|an)\\s+(?:\\p{Lu}[\\p{L}&-]*\\s+){0,3}${POLL_WORD}|opinion\\s+polls?|pollsters?)\\b`, "iu");

/** Is the story about an opinion poll (its title or one of its sentences says so)? Read once per article. */
export function isPollStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(POLL_STORY, title, sentences);
}

const NAME = "(\\p{Lu}[\\p{L}&'’-]+(?:\\s+\\p{Lu}[\\p{L}&'’-]+){0,2})";
/** "a poll by the Kantor Institute", "Another survey, by Ipsara", "a survey conducted by Norstat". */
const POLL_BY = new RegExp(`\\b${POLL_WORD}\\s*,?\\s+(?:by|from|conducted\\s+by|carried\\s+out\\s+by)\\s+(?:the\\s+)?(?:pollsters?\\s+|polling\\s+(?:firm|company|institute)\\s+)?${NAME}`, "gu");
/** "A new Kantor poll", "the latest Kantor Institute survey": the pollster's name right before the word. */
const NAMED_POLL = new RegExp(`${NAME}\\s+${POLL_WORD}\\b`, "gu");
/** Capitalised words before "poll" that name no pollster: sentence openers, nations, kinds of poll. */
const NOT_POLLSTER = /^(?:a|an|the|new|latest|another|recent|this|that|its|their|our|one|opinion|exit|national|online|snap|weekly|monthly|dutch|british|german|french|american|european|spanish|italian|polish|swedish|danish|norwegian|finnish|irish|canadian|australian|japanese|brazilian|indian|us|uk|eu)$/i;
/** The words of a pollster's name that do not tell it apart ("Kantor Institute" is "kantor"). */
const GENERIC = /^(?:institute|research|polling|polls|group|international|insights|analytics|associates|the)$/i;

/** The pollsters a sentence names, in order: their key ("kantor") and their name as written. */
export function pollstersIn(sentence: string): { key: string; name: string; at: number }[] {
  const out: { key: string; name: string; at: number }[] = [];
  for (const re of [POLL_BY, NAMED_POLL]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      // (leading words that name no pollster dropped: "Dutch Kantor poll" is Kantor's; "Dutch poll" names none)
      const words = m[1].split(/\s+/);
      while (words.length && NOT_POLLSTER.test(words[0])) words.shift();
      const key = words.find((w) => !GENERIC.test(w));
      if (!key) continue;
      out.push({ key: key.toLowerCase(), name: words.join(" "), at: m.index + m[0].indexOf(m[1]) });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The pollster the story names most (the first of those named alike), or undefined. */
export function storyPollster(sentences: readonly string[]): { key: string; name: string } | undefined {
  const counts = new Map<string, { n: number; name: string }>();
  for (const s of sentences) for (const p of pollstersIn(s)) counts.set(p.key, { n: (counts.get(p.key)?.n ?? 0) + 1, name: counts.get(p.key)?.name ?? p.name });
  let best: { key: string; name: string; n: number } | undefined;
  for (const [key, { n, name }] of counts) if (!best || n > best.n) best = { key, name, n };
  return best && { key: best.key, name: best.name };
}

const QUALIFIER = "(?:(?:about|around|roughly|nearly|almost|just\\s+(?:over|under)|some|more\\s+than|less\\s+than|only)\\s+)?";
/** Right before a party's support: "on", "at", "with", "would win", "held steady at", "dropped to". */
const SUPPORT_BEFORE = new RegExp(`\\b(?:on|at|with|has|had|have|polled|polling|scored|scores|gets|got|(?:would|could|might)\\s+(?:win|get|take|receive|secure)|(?:held|holds|stayed|stays|remained|remains|stood|stands)\\s+(?:steady\\s+)?(?:on|at)|(?:dropped|fell|slipped|rose|climbed|jumped|edged\\s+up|edged\\s+down|sank|slumped)\\s+(?:to|by)|backed\\s+by|support\\s+(?:of|at))\\s+${QUALIFIER}$`, "i");
/** Right after it: "support", "backing", "of the vote", "of respondents". */
const SUPPORT_AFTER = /^\s*(?:support|backing|approval|of\s+(?:the\s+)?(?:vote|votes|voters|respondents|those\s+(?:asked|polled|surveyed)|support|decided\s+voters))\b/i;

export const POLL_SHARE: FrameMeasure = { key: "poll-share", name: "poll support", how: "clause" };
const SAMPLE: FrameMeasure = { key: "poll-sample", name: "people polled", how: "clause" };
const MARGIN: FrameMeasure = { key: "poll-margin", name: "margin of error", how: "clause" };

/** Before a count of people asked: "a survey of", "questioned", "interviewed", "polled", "surveyed". */
const SAMPLE_BEFORE = new RegExp(`\\b(?:${POLL_WORD}\\s+of|(?:questioned|interviewed|surveyed|polled|asked|sampled|contacted)(?:\\s+a\\s+total\\s+of)?|sample\\s+(?:of|size\\s+of|was))\\s+${QUALIFIER}$`, "i");
const MARGIN_BEFORE = /\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:of|is|was|at)?\s*(?:plus\s+or\s+minus\s+|±\s*|\+\/-\s*)?$/i;

/**
 * The measure of a number in a poll story (`[from, to)` its clause, `[start, end)` the number), or undefined.
 * `unit`: the claim's unit; `hasHolder`: the clause names a party or a candidate before the number.
 */
export function pollMeasure(sentence: string, from: number, to: number, start: number, end: number, unit: string, hasHolder: boolean): FrameMeasure | undefined {
  const before = sentence.slice(Math.max(from, start - 50), start);
  if (MARGIN_BEFORE.test(before)) return MARGIN;
  if (unit === "count" && SAMPLE_BEFORE.test(before)) return SAMPLE;
  if (unit === "%" && hasHolder && (SUPPORT_BEFORE.test(before) || SUPPORT_AFTER.test(sentence.slice(end, Math.min(to, end + 30))))) return POLL_SHARE;
  return undefined;
}

/**
 * Bodies that publish other people's figures — a statistics office, an industry association, an observatory — are
 * who tells a number, never whose it is. "Germany's corporate insolvencies rose 11.6%, the Federal Statistical Office
 * (Destatis) said" and "chip sales reached $205bn, the Semiconductor Industry Association said" are Germany's and the
 * industry's figures, not Destatis's or the association's own (as "Halvard Bank said its profit rose" is the bank's).
 * Known by the words of their names, and by the short name the story gives them in brackets ("(Destatis)", "(SIA)").
 */

/** A word that names a body publishing figures of others (statistics, an association of an industry, an observatory). */
const REPORTING_WORD = /\b(?:statistics|statistical|census|observatory|observatoire|association|federation|confederation)\b/i;

/** Is the name (as written) a body that publishes others' figures? */
export function isReportingBody(name: string): boolean {
  return REPORTING_WORD.test(name);
}

/**
 * The holder keys (see holder.ts: a name's first word in lower case) of the story's reporting bodies: the names read
 * as organisations that are reporting bodies, and the short names the story gives such a body (`acronyms`: the long
 * name, normalised, to its short name in capitals; see credit.ts acronymsOf).
 */
export function reportingBodyKeys(names: ReadonlyMap<string, { name: string }>, acronyms: ReadonlyMap<string, string>, texts: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const [key, { name }] of names) if (isReportingBody(name)) keys.add(key);
  for (const [long, short] of acronyms) if (isReportingBody(long)) keys.add(short.toLowerCase());
  for (const text of texts) {
    if (!REPORTING_WORD.test(text)) continue;
    DESCRIBED_BODY.lastIndex = 0;
    for (let m = DESCRIBED_BODY.exec(text); m; m = DESCRIBED_BODY.exec(text)) keys.add(m[1].toLowerCase());
  }
  return keys;
}

/**
 * A body's short name right after the words that say what it is: "the wine and spirits exporters' federation FEVS",
 * "the statistics agency INE", "the farm cooperatives' association AICA".
 */
const DESCRIBED_BODY = /\b(?:statistics|statistical|census|observatory|association|federation|confederation)(?:\s+(?:agency|office|bureau|institute|service|authority))?\s+(\p{Lu}[\p{Lu}\d&-]{1,11})\b(?![\p{Ll}])/gu;

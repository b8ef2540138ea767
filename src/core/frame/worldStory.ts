/**
 * A story about the world as a whole: its title or its lead opens with the world's figure as the subject ("Global
 * smartphone shipments fell 3%", "World steel output falls 2.8% in October as Chinese mills cut back", "Central banks
 * added 244 tonnes of gold"). Its numbers that name no place are the world's, however often it names the countries
 * that make the total up ("China made 74.6 million tonnes", "the National Bank of Poland bought 48.7 tonnes"): without
 * this the most named country took them ("China total gold demand", "Poland jewellery consumption").
 */

/** A wire's date line before the lead: "LONDON, Jul 29 (Meridian News) - ". */
const DATELINE = /^[^.]{0,60}?\([^)]{2,40}\)\s*[-–—]+\s*/;
/** The world as the opening subject (not a body named after it: the World Bank, the World Gold Council). */
const WORLD_OPENS = /^(?:the\s+)?(?:(?:global|worldwide)\s|world\s(?!(?:bank|gold|health|trade|steel|food|economic|meteorological|nuclear|wildlife|council|cup|series|war|heritage|athletics|championships?|organi[sz]ation)\b)|central\s+banks\s(?!(?:of|in)\b))/i;

/** Is the story, by its title or its lead (the first sentence of its body), about the world as a whole? */
export function isWorldStory(title: string, lead: string): boolean {
  return WORLD_OPENS.test(title.trim()) || WORLD_OPENS.test(lead.trim().replace(DATELINE, ""));
}

/** Periods compared as written, after light normalisation ("in 2025" = "2025", "annually" = "per year"). */
export function periodKey(period: string): string {
  const p = period
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:in|for|during|over|of|the)\s+/, "")
    .replace(/^(?:the\s+)?(?:year|fiscal year|fy)\s+(\d{4})$/, "$1");
  if (/^(?:annual(?:ly)?|yearly|per year|a year|each year|every year|per annum|a year's)$/.test(p)) return "per year";
  return p;
}

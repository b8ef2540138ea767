/**
 * Whose fiscal year: the month a country's government fiscal year starts in (India, Japan, the UK, Canada: April;
 * South Africa: April; Australia, Pakistan, Egypt, Kenya: July; the US federal year: October). 0 when the country keeps none apart from the
 * calendar year or is unknown: "FY2025" is then kept as written, not placed in months.
 */
const FISCAL_START: Record<string, number> = {
  in: 4, jp: 4, gb: 4, ca: 4, hk: 4, sg: 4, za: 4, nz: 7, au: 7, pk: 7, eg: 7, bd: 7, ke: 7, np: 7, ug: 7, tz: 7, us: 10,
};

export function fiscalStartOf(placeCode: string | undefined): number {
  return (placeCode && FISCAL_START[placeCode]) || 0;
}

/**
 * Countries whose government names a fiscal year by the year it starts in: Japan's "fiscal 2026" runs from April 2026
 * to March 2027 (and Singapore's "FY2025" from April 2025), where India's "FY26" and the US "fiscal 2026" end in 2026.
 */
const NAMED_BY_START = new Set(["jp", "sg"]);

export function fiscalNamedByStart(placeCode: string | undefined): boolean {
  return !!placeCode && NAMED_BY_START.has(placeCode);
}

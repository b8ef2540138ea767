/**
 * ISO 4217 currency codes (the active ones, a few common historic ones, and BTC), matched in capitals only:
 * "USD 12.4 million", "12.4mn USD", "EUR120m". A word in capitals that is not a code ("CEO", "GDP") is not one; codes
 * that are also English words written in capitals in headlines (ALL, TOP, CUP, PEN, MOP, BOB, SOS, MAD) are left out.
 */
const CODES = new Set(
  (
    "AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF " +
    "CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD " +
    "HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD " +
    "MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN " +
    "PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SYP SZL THB TJS TMT TND TRY TTD " +
    "TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL " +
    // historic codes still met in news archives, and bitcoin
    "DEM FRF ITL ESP FIM NLG BEF ATS PTE IEP GRD RUR VEF BTC"
  ).split(" "),
);

/** Is text[start, end) an ISO currency code in capitals? */
export function isIsoCurrency(text: string, start: number, end: number): boolean {
  if (end - start !== 3) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return CODES.has(text.slice(start, end));
}

/**
 * Physical units beyond energy trade: crop yields (t/ha, bu/acre), lengths (m), areas (m2), volumes (m3), masses (t),
 * temperatures (degC, degF: the value as stated, since the scales differ by an offset), speeds (km/h), power (W),
 * energy (Wh), data sizes (B), data rates (bit/s) and frequencies (Hz). Each maps to the canonical unit named first,
 * with its factor.
 */
import { rule } from "./unitRule";
import type { UnitRule } from "./unitRule";

const SP = "[ \\u00a0]";
/** "square metres", "sq m", "sq. ft": the word for square and a space. */
const SQ = `(?:square|sq\\.?)${SP}?`;
const INCH = 0.0254;
const FOOT = 0.3048;
const MILE = 1609.344;
const POUND = 0.00045359237;
const OUNCE = 2.8349523125e-5;

/** Crop yields, read before masses (units.ts): "2.59 t/ha" is neither a mass nor an area. */
export const CROP_YIELD_UNITS: UnitRule[] = [
  rule(`(?:tonnes?|tons?|t)${SP}?(?:per|a|an|/)${SP}?(?:hectare|ha)`, "i", "t/ha", 1, "measure"),
  rule(`(?:kilo(?:gram|gramme)s?|kg)${SP}?(?:per|a|an|/)${SP}?(?:hectare|ha)`, "i", "t/ha", 0.001, "measure"),
  rule(`bushels?${SP}?(?:per|an|a|/)${SP}?acre|bu/acre|bu/a`, "i", "bu/acre", 1, "measure"),
];

export const PHYSICAL_UNITS: UnitRule[] = [
  // speeds (before lengths: "miles per hour" is not a length)
  rule(`miles?${SP}(?:per|an|a)${SP}hour|mph`, "i", "km/h", 1.609344, "measure"),
  rule(`(?:kilomet(?:re|er)s?|km)${SP}?(?:per|an|a|/)${SP}?(?:hour|hr|h)|km/h|kmh|kph|kmph`, "i", "km/h", 1, "measure"),
  rule(`(?:met(?:re|er)s?${SP}per${SP}second)|m/s`, "i", "km/h", 3.6, "measure"),
  rule("knots?|kts", "i", "km/h", 1.852, "measure"),
  // areas
  rule(`${SQ}(?:kilomet(?:re|er)s?|km)|km2|km\\u00b2`, "i", "m2", 1e6, "measure"),
  rule(`${SQ}(?:met(?:re|er)s?|m)|m2|m\\u00b2`, "i", "m2", 1, "measure"),
  rule(`${SQ}(?:feet|foot|ft)|sqft|ft2|ft\\u00b2`, "i", "m2", 0.09290304, "measure"),
  rule(`${SQ}(?:miles?|mi)`, "i", "m2", 2589988.110336, "measure"),
  rule("hectares?|ha", "i", "m2", 1e4, "measure"),
  rule("acres?", "i", "m2", 4046.8564224, "measure"),
  // lengths
  rule("millimet(?:re|er)s?|mm", "i", "m", 1e-3, "measure"),
  rule("centimet(?:re|er)s?|cm", "i", "m", 1e-2, "measure"),
  rule("decimet(?:re|er)s?|dm", "i", "m", 0.1, "measure"),
  rule("micromet(?:re|er)s?|microns?|\\u00b5m|\\u03bcm", "i", "m", 1e-6, "measure"),
  rule("nanomet(?:re|er)s?|nm", "i", "m", 1e-9, "measure"),
  rule("picomet(?:re|er)s?", "i", "m", 1e-12, "measure"),
  rule(`nautical${SP}miles?`, "i", "m", 1852, "measure"),
  rule("inch(?:es)?|\\u2033", "i", "m", INCH, "measure"),
  rule("feet|foot|ft", "i", "m", FOOT, "measure"),
  rule("yards?|yds?", "i", "m", 0.9144, "measure"),
  // volumes
  rule("millilit(?:re|er)s?|ml", "i", "m3", 1e-6, "measure"),
  rule("centilit(?:re|er)s?|cl", "i", "m3", 1e-5, "measure"),
  rule("hectolit(?:re|er)s?|hl", "i", "m3", 0.1, "measure"),
  rule("lit(?:re|er)s?|l", "i", "m3", 1e-3, "measure"),
  rule("gallons?|gal", "i", "m3", 0.003785411784, "measure"),
  rule("pints?", "i", "m3", 0.000473176473, "measure"),
  rule("quarts?", "i", "m3", 0.000946352946, "measure"),
  rule("cups?", "i", "m3", 0.0002365882365, "measure", false, true),
  rule("tablespoons?|tbsp", "i", "m3", 1.478676478125e-5, "measure"),
  rule("teaspoons?|tsp", "i", "m3", 4.92892159375e-6, "measure"),
  // masses
  rule("gigatonnes?|gigatons?|Gt", "i", "t", 1e9, "measure"),
  rule("megatonnes?|megatons?", "i", "t", 1e6, "measure"),
  rule("kilotonnes?|kilotons?", "i", "t", 1e3, "measure"),
  rule("micrograms?|microgrammes?|mcg|\\u00b5g|\\u03bcg", "i", "t", 1e-12, "measure"),
  rule("milligrams?|milligrammes?|mg", "i", "t", 1e-9, "measure"),
  rule("grams?|grammes?|g", "", "t", 1e-6, "measure"),
  rule("lbs?", "i", "t", POUND, "measure"),
  rule("ounces?|oz", "i", "t", OUNCE, "measure"),
  // temperatures (the value as stated)
  rule(`(?:degrees?|deg\\.?)${SP}?(?:celsius|celcius|centigrade|C)|\\u00b0${SP}?C|\\u00baC|\\u2103|celsius|celcius|centigrade`, "i", "degC", 1, "measure"),
  rule(`(?:degrees?|deg\\.?)${SP}?(?:fahrenheit|farenheit|F)|\\u00b0${SP}?F|\\u00baF|\\u2109|fahrenheit|farenheit`, "i", "degF", 1, "measure"),
  rule("C", "", "degC", 1, "measure", true, false),
  rule("F", "", "degF", 1, "measure", true, false),
  // power and energy
  rule("TW|terawatts?", "", "W", 1e12, "measure"),
  rule("watts?", "i", "W", 1, "measure"),
  rule("(?:brake[ \\u00a0-])?horsepower|b?hp", "i", "W", 745.69987158227, "measure"),
  rule("PS", "", "W", 735.49875, "measure"),
  rule("kJ|kilojoules?", "", "Wh", 1 / 3.6, "measure"),
  rule("MJ|megajoules?", "", "Wh", 1e3 / 3.6, "measure"),
  rule("GJ|gigajoules?", "", "Wh", 1e6 / 3.6, "measure"),
  rule("PJ|petajoules?", "", "Wh", 1e12 / 3.6, "measure"),
  rule("EJ|exajoules?", "", "Wh", 1e15 / 3.6, "measure"),
  // data rates before sizes ("Mbps" is not "MB")
  rule("kbps|kb/s|kbit/s", "i", "bit/s", 1e3, "measure"),
  rule("Mbps|Mb/s|Mbit/s|megabits?[ \\u00a0]per[ \\u00a0]second", "i", "bit/s", 1e6, "measure"),
  rule("Gbps|Gb/s|Gbit/s|gigabits?[ \\u00a0]per[ \\u00a0]second", "i", "bit/s", 1e9, "measure"),
  rule("Tbps|Tb/s", "i", "bit/s", 1e12, "measure"),
  rule("KB|kB|kilobytes?", "", "B", 1e3, "measure"),
  rule("MB|megabytes?", "", "B", 1e6, "measure"),
  rule("GB|gigabytes?", "", "B", 1e9, "measure"),
  rule("TB|terabytes?", "", "B", 1e12, "measure"),
  rule("PB|petabytes?", "", "B", 1e15, "measure"),
  rule("bytes?", "i", "B", 1, "measure", false, true),
  // frequencies
  rule("Hz|hertz", "i", "Hz", 1, "measure"),
  rule("kHz|kilohertz", "i", "Hz", 1e3, "measure"),
  rule("MHz|megahertz", "i", "Hz", 1e6, "measure"),
  rule("GHz|gigahertz", "i", "Hz", 1e9, "measure"),
];

/** Feet, inches, miles as factors into metres (for "5 ft 2 in", "10 1/2 miles"). */
export const LENGTH_METRES = { inch: INCH, foot: FOOT, mile: MILE } as const;
/** Pounds and ounces as factors into tonnes (for "6 lb 4 oz"). */
export const MASS_TONNES = { pound: POUND, ounce: OUNCE } as const;

/**
 * How far an exact figure may lie from another and still agree, relative to its value, beyond the rounding its digits
 * imply: 0.5% (197,800 and 201,412 registrations disagree; $133.4 billion and $132.40 billion agree). A percent is
 * held to its rounding alone (see interval.ts). The CLI's --tolerance and the pane's setting change it.
 */
export const DEFAULT_TOLERANCE = 0.005;

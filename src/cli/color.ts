import type { FigureStatus } from "../core/types";

export interface Palette {
  status(status: FigureStatus, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const ESC = "\u001b[";
const STATUS_CODES: Readonly<Record<FigureStatus, string>> = {
  conflicting: "31", // red
  "single-source": "33", // yellow
  "single-origin": "35", // magenta
  corroborated: "32", // green
};

function wrap(code: string, text: string): string {
  return `${ESC}${code}m${text}${ESC}0m`;
}

export const ANSI: Palette = {
  status: (status, text) => wrap(`1;${STATUS_CODES[status]}`, text),
  bold: (text) => wrap("1", text),
  dim: (text) => wrap("2", text),
};

export const PLAIN: Palette = { status: (_s, text) => text, bold: (text) => text, dim: (text) => text };

/** Colour only on a terminal, never when NO_COLOR is set (https://no-color.org) or TERM is "dumb"; flags win. */
export function wantColor(forced: boolean | undefined, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (forced !== undefined) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

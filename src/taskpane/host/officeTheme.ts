import { createLightTheme, webDarkTheme, webLightTheme, type BrandVariants, type Theme } from "@fluentui/react-components";

/** What office.js reports as `Office.context.officeTheme` (hex colours; `isDarkTheme` and `themeId` not everywhere). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
  themeId?: unknown;
}

/** The three kinds of Office theme the pane follows. */
export type PaneThemeName = "light" | "dark" | "colorful";

/** Excel's green, the brand colour of Office's colourful theme in Excel. */
const EXCEL_GREEN = "#217346";

function rgb(hex: string | undefined): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** Relative luminance (WCAG) of a hex colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number | null {
  const c = rgb(hex);
  if (!c) return null;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** How far a colour is from grey, 0 (grey) to 1 (pure hue). */
function chroma(hex: string | undefined): number {
  const c = rgb(hex);
  return c ? (Math.max(...c) - Math.min(...c)) / 255 : 0;
}

/**
 * Which kind of theme Office shows: its `themeId` when it names one, else `isDarkTheme`, else read from the colours
 * (a dark body is dark, a body or control colour with a hue is colourful). Light outside Office.
 */
export function themeKind(theme: OfficeThemeColors | undefined): PaneThemeName {
  if (!theme) return "light";
  const id = typeof theme.themeId === "string" ? theme.themeId.toLowerCase() : "";
  if (id === "black" || id === "darkgray") return "dark";
  if (id === "colorful") return "colorful";
  if (id === "white") return "light";
  const body = luminance(theme.bodyBackgroundColor ?? "");
  const dark = typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : body !== null && body < 0.2;
  if (dark) return "dark";
  return chroma(theme.bodyBackgroundColor) > 0.15 || chroma(theme.controlBackgroundColor) > 0.15 ? "colorful" : "light";
}

/** Sixteen shades of one colour, darkest to lightest, the colour itself at 80 (as Fluent's brand ramps are). */
export function brandRamp(hex: string): BrandVariants {
  const base = rgb(hex) ?? [0, 0, 0];
  const mix = (to: number, t: number) => base.map((c) => c + (to - c) * t) as [number, number, number];
  const out: Record<number, string> = {};
  for (let step = 1; step <= 16; step++) {
    const key = step * 10;
    out[key] = step <= 8 ? toHex(mix(0, (8 - step) / 8.5)) : toHex(mix(255, (step - 8) / 8.5));
  }
  return out as unknown as BrandVariants;
}

/** The pane's surface in Office's own body colours, when Office gave a readable pair of them. */
function withOfficeBody(theme: Theme, office: OfficeThemeColors): Theme {
  const bg = luminance(office.bodyBackgroundColor ?? "");
  const fg = luminance(office.bodyForegroundColor ?? "");
  if (bg === null || fg === null) return theme;
  // WCAG contrast of the pair; below 4.5 the pane keeps Fluent's own colours rather than unreadable text.
  const contrast = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
  if (contrast < 4.5) return theme;
  return { ...theme, colorNeutralBackground1: office.bodyBackgroundColor!, colorNeutralForeground1: office.bodyForegroundColor! };
}

/** The Fluent UI theme for Office's theme: web light, web dark, or light in Excel's green for the colourful theme. */
export function paneTheme(office: OfficeThemeColors | undefined): { name: PaneThemeName; theme: Theme } {
  const name = themeKind(office);
  const base = name === "dark" ? webDarkTheme : name === "colorful" ? createLightTheme(brandRamp(EXCEL_GREEN)) : webLightTheme;
  return { name, theme: office ? withOfficeBody(base, office) : base };
}

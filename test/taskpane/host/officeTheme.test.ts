import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { brandRamp, luminance, paneTheme, themeKind } from "../../../src/taskpane/host/officeTheme";

// Colours of the kind Office reports for its themes (hex triplets); the pane reads their kind, never a fixed list.
const WHITE = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" };
const DARK_GREY = { bodyBackgroundColor: "#444444", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#6A6A6A", controlForegroundColor: "#FFFFFF" };
const BLACK = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#F0F0F0" };
const GREENISH = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#1E6C41", controlForegroundColor: "#FFFFFF" };

describe("themeKind: Office's theme → light, dark or colourful", () => {
  it("is light outside Office (no theme)", () => {
    expect(themeKind(undefined)).toBe("light");
  });

  it("follows themeId when Office names the theme, whatever the colours say", () => {
    expect(themeKind({ ...WHITE, themeId: "Black" })).toBe("dark");
    expect(themeKind({ ...WHITE, themeId: "DarkGray" })).toBe("dark");
    expect(themeKind({ ...WHITE, themeId: "Colorful" })).toBe("colorful");
    expect(themeKind({ ...BLACK, themeId: "White" })).toBe("light");
  });

  it("follows isDarkTheme when there is no themeId", () => {
    expect(themeKind({ ...WHITE, isDarkTheme: true })).toBe("dark");
    expect(themeKind({ ...BLACK, isDarkTheme: false })).toBe("light");
  });

  it("reads the colours otherwise: a dark body is dark, a coloured control is colourful, grey and white are light", () => {
    expect(themeKind(DARK_GREY)).toBe("dark");
    expect(themeKind(BLACK)).toBe("dark");
    expect(themeKind(GREENISH)).toBe("colorful");
    expect(themeKind(WHITE)).toBe("light");
    expect(themeKind({ bodyBackgroundColor: "#E6E6E6", controlBackgroundColor: "#D0D0D0" })).toBe("light");
  });

  it("is light when the colours cannot be read", () => {
    expect(themeKind({ bodyBackgroundColor: "not a colour", controlBackgroundColor: "" })).toBe("light");
    expect(themeKind({ themeId: 2 })).toBe("light");
  });
});

describe("paneTheme: the Fluent theme the pane uses", () => {
  it("is Fluent's web light theme outside Office", () => {
    expect(paneTheme(undefined)).toEqual({ name: "light", theme: webLightTheme });
  });

  it("is Fluent's web dark theme on Office's body colours in a dark theme", () => {
    const { name, theme } = paneTheme(BLACK);
    expect(name).toBe("dark");
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#FFFFFF");
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  });

  it("keeps Fluent's own surface when Office's pair of colours would be unreadable", () => {
    const { theme } = paneTheme({ bodyBackgroundColor: "#777777", bodyForegroundColor: "#888888", isDarkTheme: true });
    expect(theme.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it("is a light theme in Excel's green for the colourful theme", () => {
    const { name, theme } = paneTheme({ ...WHITE, themeId: "Colorful" });
    expect(name).toBe("colorful");
    expect(theme.colorBrandBackground.toLowerCase()).toBe("#217346");
    expect(theme.colorBrandBackground).not.toBe(webLightTheme.colorBrandBackground);
  });
});

describe("brandRamp", () => {
  it("has sixteen shades from dark to light with the colour at 80", () => {
    const ramp = brandRamp("#217346") as unknown as Record<number, string>;
    const keys = Object.keys(ramp).map(Number);
    expect(keys).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160]);
    expect(ramp[80]).toBe("#217346");
    const lum = keys.map((k) => luminance(ramp[k])!);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeGreaterThan(lum[i - 1]);
  });
});

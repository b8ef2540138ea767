import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";

/**
 * The add-in's manifest: it parses, names a GUID, targets workbooks, asks only for ReadWriteDocument, every resource
 * id it uses resolves, every URL is https, and the task pane, the ribbon command page and the icons point at files
 * the webpack build produces (read from webpack.config.js: HtmlWebpackPlugin pages and CopyWebpackPlugin assets).
 */

const ROOT = path.resolve(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", removeNSPrefix: true });
const doc = parser.parse(xml) as Node;
const app = doc.OfficeApp as Node;

/** Every value of attribute `name` anywhere below `node`, with the element it sits on. */
function collectAttributes(node: unknown, name: string, out: { element: string; value: string }[] = [], element = ""): typeof out {
  if (Array.isArray(node)) for (const item of node) collectAttributes(item, name, out, element);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === `@_${name}`) out.push({ element, value: String(value) });
      else collectAttributes(value, name, out, key);
    }
  }
  return out;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

interface Resource {
  id: string;
  url?: string;
}

function resources(): Map<string, Resource> {
  const res = ((app.VersionOverrides as Node).Resources ?? {}) as Node;
  const map = new Map<string, Resource>();
  const groups: [string, string][] = [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "String"],
    ["LongStrings", "String"],
  ];
  for (const [group, item] of groups) {
    for (const entry of asArray((res[group] as Node | undefined)?.[item] as Node | Node[] | undefined)) {
      const id = String(entry["@_id"]);
      const value = String(entry["@_DefaultValue"]);
      map.set(id, group === "Images" || group === "Urls" ? { id, url: value } : { id });
    }
  }
  return map;
}

interface CopyPattern {
  from: string;
  to?: string;
}

/** Where CopyWebpackPlugin puts a file matched by `pattern` (its `to` template: [name], [ext], [query]). */
function copiedName(file: string, pattern: CopyPattern): string {
  const ext = path.extname(file);
  const name = path.basename(file, ext);
  if (!pattern.to) return file;
  return pattern.to.replace("[name]", name).replace("[ext]", ext).replace("[query]", "");
}

/** The files `webpack --mode production` writes to dist/ for the pages and assets, relative to dist. */
async function builtFiles(): Promise<Set<string>> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const CopyWebpackPlugin = require("copy-webpack-plugin");
  const configFactory = require(path.join(ROOT, "webpack.config.js"));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = await configFactory({ WEBPACK_BUILD: true }, { mode: "production" });
  const files = new Set<string>();
  for (const plugin of config.plugins as object[]) {
    if (plugin instanceof HtmlWebpackPlugin) {
      const { filename, template } = (plugin as { userOptions: { filename: string; template: string } }).userOptions;
      expect(fs.existsSync(path.join(ROOT, template))).toBe(true);
      files.add(filename);
    }
    if (plugin instanceof CopyWebpackPlugin) {
      for (const pattern of (plugin as { patterns: CopyPattern[] }).patterns) {
        // patterns are globs of the form "<dir>/*.<ext>" or "<prefix>*.xml", resolved against the repository
        const dir = path.dirname(pattern.from);
        const glob = new RegExp(`^${path.basename(pattern.from).replace(/\./g, "\\.").replace(/\*/g, ".*")}$`);
        for (const name of fs.readdirSync(path.join(ROOT, dir))) {
          if (glob.test(name)) files.add(copiedName(dir === "." ? name : `${dir}/${name}`, pattern));
        }
      }
    }
  }
  return files;
}

describe("manifest.xml", () => {
  it("parses as an Office task pane add-in manifest", () => {
    expect(app).toBeDefined();
    expect(app["@_type"]).toBe("TaskPaneApp");
    expect(app.DefaultLocale).toBe("en-US");
  });

  it("has a GUID as its Id", () => {
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  });

  it("targets Excel workbooks and asks for ReadWriteDocument only", () => {
    const hosts = asArray((app.Hosts as Node).Host as Node | Node[]).map((h) => h["@_Name"]);
    expect(hosts).toEqual(["Workbook"]);
    expect(app.Permissions).toBe("ReadWriteDocument");
    const overrideHosts = asArray(((app.VersionOverrides as Node).Hosts as Node).Host as Node | Node[]);
    expect(overrideHosts.map((h) => h["@_type"])).toEqual(["Workbook"]);
  });

  it("resolves every resid to a Resources entry", () => {
    const ids = resources();
    const used = collectAttributes(app.VersionOverrides, "resid");
    expect(used.length).toBeGreaterThan(5);
    const missing = used.filter((u) => !ids.has(u.value)).map((u) => `${u.element} → ${u.value}`);
    expect(missing).toEqual([]);
  });

  it("has unique resource ids", () => {
    const ids = collectAttributes((app.VersionOverrides as Node).Resources, "id").map((r) => r.value);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses https for every URL", () => {
    const urls = [...xml.matchAll(/\b(?:DefaultValue|href)="([a-z]+:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/gi)].map((m) => m[1] ?? m[2]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("has an 'Audit figures' button on the Home tab that shows the task pane", () => {
    const host = asArray(((app.VersionOverrides as Node).Hosts as Node).Host as Node | Node[])[0];
    const form = host.DesktopFormFactor as Node;
    const extension = form.ExtensionPoint as Node;
    expect(extension["@_type"]).toBe("PrimaryCommandSurface");
    const tab = extension.OfficeTab as Node;
    expect(tab["@_id"]).toBe("TabHome");
    const control = (tab.Group as Node).Control as Node;
    expect(control["@_type"]).toBe("Button");
    const action = control.Action as Node;
    expect(action["@_type"]).toBe("ShowTaskpane");
    const ids = resources();
    const labelId = String((control.Label as Node)["@_resid"]);
    const strings = String(xml.match(new RegExp(`<bt:String id="${labelId.replace(".", "\\.")}" DefaultValue="([^"]+)"`))?.[1]);
    expect(strings).toBe("Audit figures");
    expect(ids.get(String((action.SourceLocation as Node)["@_resid"]))?.url).toMatch(/\/taskpane\.html$/);
    const sizes = asArray((control.Icon as Node).Image as Node | Node[]).map((i) => Number(i["@_size"]));
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
  });

  it("points the task pane, the commands page and the icons at files the build produces", async () => {
    const files = await builtFiles();
    expect(files.has("taskpane.html")).toBe(true);
    expect(files.has("manifest.xml")).toBe(true);
    const base = "https://localhost:3000/";
    const localUrls = [...xml.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    expect(localUrls.length).toBeGreaterThan(5);
    for (const url of localUrls) {
      const file = url.slice(base.length).replace(/[?#].*$/, "");
      expect({ url, built: files.has(file) }).toEqual({ url, built: true });
    }
    const sourceLocation = String(((app.DefaultSettings as Node).SourceLocation as Node)["@_DefaultValue"]);
    expect(files.has(sourceLocation.slice(base.length))).toBe(true);
    const functionFile = resources().get(String((((((app.VersionOverrides as Node).Hosts as Node).Host as Node).DesktopFormFactor as Node).FunctionFile as Node)["@_resid"]));
    expect(functionFile?.url).toBe(`${base}commands.html`);
  });

  it("has the icons in the sizes the manifest names, as real PNG files", () => {
    for (const size of [16, 32, 64, 80]) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(bytes.readUInt32BE(16)).toBe(size);
      expect(bytes.readUInt32BE(20)).toBe(size);
    }
  });
});

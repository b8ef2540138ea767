/**
 * A small in-memory fake of the parts of the Excel JavaScript API that src/excel uses, faithful where it matters:
 * - calls queue actions; nothing happens until context.sync(), which runs them in order and stops at the first
 *   error (earlier actions stay applied, as in Excel);
 * - reading a property that was not loaded (or before the sync) throws PropertyNotLoaded;
 * - a request whose payload exceeds the limit (5 MB, Excel on the web) is refused whole;
 * - a string written to a cell whose number format is not Text ("@") is read the way Excel reads typed input:
 *   "=..", "+..", "@.." become formulas, "-2" or "2025" become numbers;
 * - writes to a protected sheet fail with AccessDenied; unknown tables/sheets with ItemNotFound.
 * It counts syncs, payload bytes per sync and response bytes.
 */
import { columnLetter } from "../../../src/workbook/address";

export const MAX_ROWS = 1_048_576;

export class FakeOfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export type Value = string | number | boolean;

export interface Cell {
  value: Value;
  formula?: string;
  numberFormat: string;
  hyperlink?: string;
}

export interface SheetState {
  name: string;
  protected: boolean;
  visibility: string;
  cells: Map<number, Cell>;
  frozenRows: number;
  columnWidths: Map<number, number>;
  wrap: string[];
  /** Ranges whose rows were fitted to their text. */
  autofitRows: string[];
  /** Page layout set through worksheet.pageLayout (ExcelApi 1.9). */
  page: { orientation?: string; zoom?: unknown; printArea?: string; titleRows?: string };
  /** Times the sheet was activated. */
  activations: number;
  conditionalFormats: { address: string; formula1: string; operator: string; fill?: string; font?: string }[];
  validations: { address: string; rule: unknown }[];
  fonts: { address: string; bold?: boolean; color?: string; fill?: string }[];
}

export interface TableState {
  name: string;
  sheet: SheetState;
  top: number;
  left: number;
  /** Rows including the header. */
  rows: number;
  cols: number;
  style: string;
}

interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

const key = (r: number, c: number): number => r * 16384 + c;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}


export function parseAddress(address: string): Rect {
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = a.replace(/\$/g, "").split(":");
  const cell = (p: string): { r?: number; c?: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
    return { c: m[1] ? colIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const p1 = cell(parts[0]);
  const p2 = cell(parts[1] ?? parts[0]);
  const top = p1.r ?? 0;
  const bottom = p2.r ?? MAX_ROWS - 1;
  const left = p1.c ?? 0;
  const right = p2.c ?? 16383;
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function rectAddress(r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${columnLetter(r.left + r.cols - 1)}${r.top + r.rows}`;
}

interface Action {
  payload: unknown;
  run: () => void;
}

function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? "null", "utf8");
}

/** The workbook state and the request machinery. */
export class FakeExcel {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  parts: { id: string; xml: string }[] = [];
  payloadLimit = 5 * 1024 * 1024;
  syncs = 0;
  /** Request bytes of each sync. */
  payloads: number[] = [];
  /** Response bytes of each sync. */
  responses: number[] = [];
  /** suspendApiCalculationUntilNextSync calls per sync. */
  suspends: number[] = [];
  selected?: { sheet: string; address: string };
  /** Called before each sync runs its actions (tests use it to act like the analyst mid-way). */
  beforeSync?: (n: number) => void;
  private queue: Action[] = [];
  private response = 0;
  private suspended = 0;
  private nextPart = 1;
  private nextTable = 1;

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  enqueue(payload: unknown, run: () => void): void {
    this.queue.push({ payload, run });
  }

  respond(value: unknown): void {
    this.response += jsonBytes(value);
  }

  suspend(): void {
    this.suspended++;
  }

  async sync(): Promise<void> {
    this.beforeSync?.(this.syncs + 1);
    const queue = this.queue;
    this.queue = [];
    const bytes = queue.reduce((n, a) => n + jsonBytes(a.payload) + 40, 0);
    this.syncs++;
    this.payloads.push(bytes);
    this.suspends.push(this.suspended);
    this.suspended = 0;
    this.response = 0;
    if (bytes > this.payloadLimit) {
      this.responses.push(0);
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytes}) has exceeded the limit.`);
    }
    try {
      for (const a of queue) a.run();
    } finally {
      this.responses.push(this.response);
    }
  }

  // ---- workbook model -------------------------------------------------------------------------------------

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
    return s;
  }

  table(name: string): TableState {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (table ${name}).`);
    return t;
  }

  addSheet(name: string): SheetState {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    }
    const s: SheetState = {
      name,
      protected: false,
      visibility: "Visible",
      cells: new Map(),
      frozenRows: 0,
      columnWidths: new Map(),
      wrap: [],
      autofitRows: [],
      page: {},
      activations: 0,
      conditionalFormats: [],
      validations: [],
      fonts: [],
    };
    this.sheets.push(s);
    return s;
  }

  addTable(sheet: SheetState, address: string): TableState {
    guardWrite(sheet);
    const r = parseAddress(address);
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(r, { top: t.top, left: t.left, rows: t.rows, cols: t.cols })) {
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      }
    }
    const t: TableState = { name: `Table${this.nextTable++}`, sheet, top: r.top, left: r.left, rows: r.rows, cols: r.cols, style: "" };
    this.tables.push(t);
    return t;
  }

  addPart(xml: string): string {
    const id = `{part-${this.nextPart++}}`;
    this.parts.push({ id, xml });
    return id;
  }

  // ---- what the analyst does (immediately, outside any request) ---------------------------------------------

  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  deleteSheet(name: string): void {
    const s = this.sheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s);
  }

  protect(name: string): void {
    this.sheet(name).protected = true;
  }

  /** Values of a table as the analyst sees them. */
  tableValues(name: string): { headers: Value[]; rows: Value[][] } {
    const t = this.table(name);
    const read = (r: number): Value[] => Array.from({ length: t.cols }, (_, c) => cellOf(t.sheet, r, t.left + c)?.value ?? "");
    return { headers: read(t.top), rows: Array.from({ length: t.rows - 1 }, (_, i) => read(t.top + 1 + i)) };
  }

  headers(name: string): Value[] {
    const t = this.table(name);
    return Array.from({ length: t.cols }, (_, c) => cellOf(t.sheet, t.top, t.left + c)?.value ?? "");
  }

  /** Every cell of a table's body (for formula / format checks). */
  tableCells(name: string): (Cell | undefined)[][] {
    const t = this.table(name);
    return Array.from({ length: t.rows - 1 }, (_, i) =>
      Array.from({ length: t.cols }, (_, c) => cellOf(t.sheet, t.top + 1 + i, t.left + c)),
    );
  }

  /** The analyst types into a cell of a table's body (General format unless the cell has one). */
  typeInTable(name: string, row: number, header: string, value: Value): void {
    const t = this.table(name);
    const c = this.headers(name).indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    writeCell(t.sheet, t.top + 1 + row, t.left + c, value);
  }

  /** The analyst sorts a table by a column (whole rows move, their own columns included). */
  sortTable(name: string, header: string, descending = false): void {
    const t = this.table(name);
    const c = this.headers(name).indexOf(header);
    const rows = Array.from({ length: t.rows - 1 }, (_, i) =>
      Array.from({ length: t.cols }, (_, j) => cellOf(t.sheet, t.top + 1 + i, t.left + j)),
    );
    rows.sort((a, b) => {
      const x = String(a[c]?.value ?? "");
      const y = String(b[c]?.value ?? "");
      return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
    });
    rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const k = key(t.top + 1 + i, t.left + j);
        if (cell) t.sheet.cells.set(k, cell);
        else t.sheet.cells.delete(k);
      }),
    );
  }

  /** The analyst adds a column of their own at the right of a table. */
  addOwnColumn(name: string, header: string, fill: (row: number) => Value): void {
    const t = this.table(name);
    const c = t.left + t.cols;
    writeCell(t.sheet, t.top, c, header);
    for (let i = 0; i < t.rows - 1; i++) writeCell(t.sheet, t.top + 1 + i, c, fill(i));
    t.cols++;
  }

  /** The analyst adds a row of their own at the bottom of a table (values by header; the rest stays empty). */
  addOwnRow(name: string, values: Record<string, Value>): void {
    const t = this.table(name);
    const headers = this.headers(name);
    const r = t.top + t.rows;
    for (const [h, v] of Object.entries(values)) writeCell(t.sheet, r, t.left + headers.indexOf(h), v);
    t.rows++;
  }

  /** The analyst resizes a table to fewer columns. */
  shrinkTable(name: string, cols: number): void {
    this.table(name).cols = cols;
  }

  /** A deep copy of the state, to compare "before" and "after". */
  dump(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]), columnWidths: [...s.columnWidths] })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      parts: this.parts,
    });
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}

function cellOf(sheet: SheetState, r: number, c: number): Cell | undefined {
  return sheet.cells.get(key(r, c));
}

function guardWrite(sheet: SheetState): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

/** Excel's reading of a value written into a cell, given the cell's number format. */
function writeCell(sheet: SheetState, r: number, c: number, value: unknown): void {
  const k = key(r, c);
  const cell: Cell = sheet.cells.get(k) ?? { value: "", numberFormat: "General" };
  cell.formula = undefined;
  if (value === null || value === undefined || value === "") cell.value = "";
  else if (typeof value === "number" || typeof value === "boolean") cell.value = value;
  else {
    const s = String(value);
    if (cell.numberFormat === "@") cell.value = s;
    else if (/^[=+@]/.test(s) || /^-[^\d.]/.test(s)) {
      cell.formula = s;
      cell.value = "#FORMULA";
    } else if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) cell.value = Number(s);
    else cell.value = s;
  }
  sheet.cells.set(k, cell);
}

class FakeContext {
  workbook: FakeWorkbook;
  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(excel);
  }
  sync(): Promise<void> {
    return this.excel.sync();
  }
}

/** Properties filled by load() at sync time; reading one before that throws PropertyNotLoaded. */
class Loadable {
  protected data: Record<string, unknown> = {};
  protected read<T>(prop: string): T {
    if (!(prop in this.data)) throw new FakeOfficeError("PropertyNotLoaded", `The property '${prop}' is not available. Call load() and sync() first.`);
    return this.data[prop] as T;
  }
}

class FakeWorkbook {
  worksheets: FakeWorksheets;
  tables: FakeTables;
  customXmlParts: FakeParts;
  application: { suspendApiCalculationUntilNextSync(): void };
  constructor(excel: FakeExcel) {
    this.worksheets = new FakeWorksheets(excel);
    this.tables = new FakeTables(excel);
    this.customXmlParts = new FakeParts(excel);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        excel.suspend();
        excel.enqueue({ m: "suspendApiCalculationUntilNextSync" }, () => undefined);
      },
    };
  }
}

class FakeWorksheets extends Loadable {
  constructor(private readonly excel: FakeExcel) {
    super();
  }
  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>("items");
  }
  load(_props?: string): this {
    this.excel.enqueue({ m: "load", p: _props }, () => {
      const items = this.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.excel, () => s);
        ws.fill({ name: s.name });
        return ws;
      });
      this.excel.respond(items.map((w) => w.name));
      this.data.items = items;
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.excel.sheet(name));
  }
  add(name: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.excel.enqueue({ m: "add", name }, () => {
      created = this.excel.addSheet(name);
    });
    return new FakeWorksheet(this.excel, () => created ?? this.excel.sheet(name));
  }
}

class FakeWorksheet extends Loadable {
  tables: { add: (address: string, hasHeaders: boolean) => FakeTable };
  freezePanes: { freezeRows: (n: number) => void };
  protection: { load: (p?: string) => void; readonly protected: boolean };
  constructor(
    private readonly excel: FakeExcel,
    readonly resolve: () => SheetState,
  ) {
    super();
    this.tables = {
      add: (address: string) => {
        let created: TableState | undefined;
        excel.enqueue({ m: "tables.add", address }, () => {
          created = excel.addTable(this.resolve(), address);
        });
        return new FakeTable(excel, () => {
          if (!created) throw new FakeOfficeError("ItemNotFound", "table not created");
          return created;
        });
      },
    };
    this.freezePanes = {
      freezeRows: (n: number) =>
        excel.enqueue({ m: "freezeRows", n }, () => {
          this.resolve().frozenRows = n;
        }),
    };
    const data = this.data;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object-literal getters below need the worksheet
    const ws = this;
    this.protection = {
      load() {
        excel.enqueue({ m: "load protection" }, () => {
          data.protected = ws.resolve().protected;
        });
      },
      get protected(): boolean {
        return ws.read<boolean>("protected");
      },
    };
  }
  fill(d: Record<string, unknown>): void {
    Object.assign(this.data, d);
  }
  get name(): string {
    return this.read<string>("name");
  }
  set visibility(v: string) {
    this.excel.enqueue({ m: "visibility", v }, () => {
      this.resolve().visibility = v;
    });
  }
  load(_props?: string): this {
    this.excel.enqueue({ m: "load", p: _props }, () => {
      const s = this.resolve();
      this.data.name = s.name;
      this.excel.respond(s.name);
    });
    return this;
  }
  activate(): void {
    this.excel.enqueue({ m: "activate" }, () => void this.resolve().activations++);
  }
  get pageLayout(): { orientation: string; zoom: unknown; setPrintArea(a: string): void; setPrintTitleRows(a: string): void } {
    const excel = this.excel;
    const sheet = this.resolve;
    const set = (field: "orientation" | "zoom" | "printArea" | "titleRows", v: unknown): void =>
      excel.enqueue({ m: `pageLayout.${field}`, v }, () => {
        const s = sheet();
        guardWrite(s);
        (s.page as Record<string, unknown>)[field] = v;
      });
    return {
      set orientation(v: string) {
        set("orientation", v);
      },
      set zoom(v: unknown) {
        set("zoom", v);
      },
      setPrintArea: (a: string) => set("printArea", a),
      setPrintTitleRows: (a: string) => set("titleRows", a),
    } as { orientation: string; zoom: unknown; setPrintArea(a: string): void; setPrintTitleRows(a: string): void };
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.excel, this.resolve, () => parseAddress(address));
  }
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.excel, this.resolve, () => {
      const s = this.resolve();
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [k, cell] of s.cells) {
        if (cell.value === "" && !cell.formula) continue;
        const r = Math.floor(k / 16384);
        const c = k % 16384;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
      if (bottom < 0) return { top: 0, left: 0, rows: 1, cols: 1 };
      return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }
}

class FakeTables extends Loadable {
  constructor(private readonly excel: FakeExcel) {
    super();
  }
  get items(): { name: string }[] {
    return this.read<{ name: string }[]>("items");
  }
  load(_props?: string): this {
    this.excel.enqueue({ m: "load", p: _props }, () => {
      this.data.items = this.excel.tables.map((t) => ({ name: t.name }));
      this.excel.respond(this.data.items);
    });
    return this;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.excel, () => this.excel.table(name));
  }
}

class FakeTable extends Loadable {
  rows: { add: (index: number | undefined, values: unknown[][]) => void };
  constructor(
    private readonly excel: FakeExcel,
    private readonly resolve: () => TableState,
  ) {
    super();
    this.rows = {
      add: (_index, values) => {
        excel.enqueue({ m: "rows.add", values }, () => {
          const t = this.resolve();
          guardWrite(t.sheet);
          if (values.some((r) => r.length !== t.cols)) throw new FakeOfficeError("InvalidArgument", "Row width does not match the table.");
          const n = values.length;
          const bottom = t.top + t.rows; // first row below the table
          // Shift cells below the table (within its columns) down by n.
          const moved: [number, Cell][] = [];
          for (const [k, cell] of t.sheet.cells) {
            const r = Math.floor(k / 16384);
            const c = k % 16384;
            if (r >= bottom && c >= t.left && c < t.left + t.cols) moved.push([k, cell]);
          }
          for (const [k] of moved) t.sheet.cells.delete(k);
          for (const [k, cell] of moved) t.sheet.cells.set(k + n * 16384, cell);
          t.rows += n;
          values.forEach((row, i) => row.forEach((v, j) => writeCell(t.sheet, bottom + i, t.left + j, v)));
        });
      },
    };
  }
  get name(): string {
    return this.read<string>("name");
  }
  set name(v: string) {
    this.excel.enqueue({ m: "name", v }, () => {
      if (this.excel.tables.some((t) => t !== this.resolve() && t.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `A table named ${v} already exists.`);
      }
      this.resolve().name = v;
    });
  }
  set style(v: string) {
    this.excel.enqueue({ m: "style", v }, () => {
      this.resolve().style = v;
    });
  }
  load(_props?: string): this {
    this.excel.enqueue({ m: "load", p: _props }, () => {
      this.data.name = this.resolve().name;
    });
    return this;
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.resolve().sheet);
  }
  private range(part: "all" | "header" | "body"): FakeRange {
    return new FakeRange(this.excel, () => this.resolve().sheet, () => {
      const t = this.resolve();
      if (part === "header") return { top: t.top, left: t.left, rows: 1, cols: t.cols };
      if (part === "body") return { top: t.top + 1, left: t.left, rows: t.rows - 1, cols: t.cols };
      return { top: t.top, left: t.left, rows: t.rows, cols: t.cols };
    });
  }
  getRange(): FakeRange {
    return this.range("all");
  }
  getHeaderRowRange(): FakeRange {
    return this.range("header");
  }
  getDataBodyRange(): FakeRange {
    return this.range("body");
  }
}

class FakeRange extends Loadable {
  format: {
    font: { bold: boolean; color: string };
    fill: { color: string };
    columnWidth: number;
    wrapText: boolean;
    autofitRows: () => void;
  };
  dataValidation: { rule: unknown; errorAlert: unknown };
  conditionalFormats: { add: (type: string) => unknown };
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheetOf: () => SheetState,
    private readonly rect: () => Rect,
  ) {
    super();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object-literal setters below need the range
    const self = this;
    const style = (field: "bold" | "color" | "fill", v: unknown): void =>
      excel.enqueue({ m: `format.${field}`, v }, () => {
        const s = self.sheetOf();
        guardWrite(s);
        s.fonts.push({ address: rectAddress(self.rect()), [field]: v });
      });
    this.format = {
      font: {
        set bold(v: boolean) {
          style("bold", v);
        },
        set color(v: string) {
          style("color", v);
        },
      } as { bold: boolean; color: string },
      fill: {
        set color(v: string) {
          style("fill", v);
        },
      } as { color: string },
      set columnWidth(v: number) {
        excel.enqueue({ m: "columnWidth", v }, () => {
          const r = self.rect();
          const s = self.sheetOf();
          guardWrite(s);
          for (let c = r.left; c < r.left + r.cols; c++) s.columnWidths.set(c, v);
        });
      },
      set wrapText(v: boolean) {
        excel.enqueue({ m: "wrapText", v }, () => {
          const s = self.sheetOf();
          guardWrite(s);
          if (v) s.wrap.push(rectAddress(self.rect()));
        });
      },
      autofitRows() {
        excel.enqueue({ m: "autofitRows" }, () => {
          const s = self.sheetOf();
          guardWrite(s);
          s.autofitRows.push(rectAddress(self.rect()));
        });
      },
    } as FakeRange["format"];
    this.dataValidation = {
      set rule(v: unknown) {
        excel.enqueue({ m: "dataValidation.rule", v }, () => {
          const s = self.sheetOf();
          guardWrite(s);
          s.validations.push({ address: rectAddress(self.rect()), rule: v });
        });
      },
      set errorAlert(v: unknown) {
        excel.enqueue({ m: "dataValidation.errorAlert", v }, () => void self.sheetOf());
      },
    } as FakeRange["dataValidation"];
    this.conditionalFormats = {
      add: (type: string) => {
        const record: SheetState["conditionalFormats"][number] = { address: "", formula1: "", operator: "" };
        excel.enqueue({ m: "conditionalFormats.add", type }, () => {
          const s = self.sheetOf();
          guardWrite(s);
          record.address = rectAddress(self.rect());
          s.conditionalFormats.push(record);
        });
        const set = (field: "fill" | "font", v: string): void => excel.enqueue({ m: `cf.${field}`, v }, () => void (record[field] = v));
        return {
          cellValue: {
            format: {
              fill: {
                set color(v: string) {
                  set("fill", v);
                },
              },
              font: {
                set color(v: string) {
                  set("font", v);
                },
              },
            },
            set rule(v: { formula1: string; operator: string }) {
              excel.enqueue({ m: "cf.rule", v }, () => {
                record.formula1 = v.formula1;
                record.operator = v.operator;
              });
            },
          },
        };
      },
    };
  }

  private checkShape(v: unknown[][], r: Rect): void {
    if (!Array.isArray(v) || v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
      throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(r)}).`);
    }
  }

  set values(v: unknown[][]) {
    this.excel.enqueue({ m: "values", v }, () => {
      const r = this.rect();
      const s = this.sheetOf();
      guardWrite(s);
      this.checkShape(v, r);
      v.forEach((row, i) => row.forEach((x, j) => writeCell(s, r.top + i, r.left + j, x)));
    });
  }
  get values(): unknown[][] {
    return this.read<unknown[][]>("values");
  }
  set numberFormat(v: unknown[][]) {
    this.excel.enqueue({ m: "numberFormat", v }, () => {
      const r = this.rect();
      const s = this.sheetOf();
      guardWrite(s);
      this.checkShape(v, r);
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          const k = key(r.top + i, r.left + j);
          const cell = s.cells.get(k) ?? { value: "", numberFormat: "General" };
          cell.numberFormat = String(f);
          s.cells.set(k, cell);
        }),
      );
    });
  }
  set hyperlink(v: { address: string; textToDisplay?: string }) {
    this.excel.enqueue({ m: "hyperlink", v }, () => {
      const r = this.rect();
      const s = this.sheetOf();
      guardWrite(s);
      const k = key(r.top, r.left);
      const cell = s.cells.get(k) ?? { value: "", numberFormat: "General" };
      cell.hyperlink = v.address;
      if (v.textToDisplay !== undefined) cell.value = v.textToDisplay;
      s.cells.set(k, cell);
    });
  }
  get rowIndex(): number {
    return this.read<number>("rowIndex");
  }
  get columnIndex(): number {
    return this.read<number>("columnIndex");
  }
  get rowCount(): number {
    return this.read<number>("rowCount");
  }
  get columnCount(): number {
    return this.read<number>("columnCount");
  }
  get address(): string {
    return this.read<string>("address");
  }
  load(props?: string): this {
    this.excel.enqueue({ m: "load", p: props }, () => {
      const r = this.rect();
      const s = this.sheetOf();
      this.data.rowIndex = r.top;
      this.data.columnIndex = r.left;
      this.data.rowCount = r.rows;
      this.data.columnCount = r.cols;
      this.data.address = `${s.name}!${rectAddress(r)}`;
      if (!props || props.includes("values")) {
        const values = Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => cellOf(s, r.top + i, r.left + j)?.value ?? ""),
        );
        this.data.values = values;
        this.excel.respond(values);
      }
    });
    return this;
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.excel, this.sheetOf, () => {
      const r = this.rect();
      return { top: r.top, left: r.left + i, rows: r.rows, cols: 1 };
    });
  }
  select(): void {
    this.excel.enqueue({ m: "select" }, () => {
      this.excel.selected = { sheet: this.sheetOf().name, address: rectAddress(this.rect()) };
    });
  }
  clear(_applyTo?: string): void {
    this.excel.enqueue({ m: "clear", _applyTo }, () => {
      const r = this.rect();
      const s = this.sheetOf();
      guardWrite(s);
      for (const [k, cell] of s.cells) {
        const row = Math.floor(k / 16384);
        const c = k % 16384;
        if (row >= r.top && row < r.top + r.rows && c >= r.left && c < r.left + r.cols) {
          cell.value = "";
          cell.formula = undefined;
        }
      }
    });
  }
}

class FakeParts {
  constructor(private readonly excel: FakeExcel) {}
  getByNamespace(ns: string): Loadable & { items: { id: string }[]; load: (p?: string) => unknown } {
    const excel = this.excel;
    const coll = new (class extends Loadable {
      get items(): { id: string }[] {
        return this.read<{ id: string }[]>("items");
      }
      load(_p?: string): this {
        excel.enqueue({ m: "load parts", ns }, () => {
          this.data.items = excel.parts.filter((p) => p.xml.includes(`xmlns="${ns}"`)).map((p) => ({ id: p.id }));
          excel.respond(this.data.items);
        });
        return this;
      }
    })();
    return coll;
  }
  getItem(id: string): { getXml: () => { value: string }; delete: () => void } {
    const excel = this.excel;
    const find = (): { id: string; xml: string } => {
      const p = excel.parts.find((x) => x.id === id);
      if (!p) throw new FakeOfficeError("ItemNotFound", `No custom XML part ${id}`);
      return p;
    };
    return {
      getXml: () => {
        const result: { value: string; _v?: string } = {
          get value(): string {
            if (this._v === undefined) throw new FakeOfficeError("PropertyNotLoaded", "ClientResult value read before sync");
            return this._v;
          },
        };
        excel.enqueue({ m: "getXml", id }, () => {
          result._v = find().xml;
          excel.respond(result._v);
        });
        return result;
      },
      delete: () =>
        excel.enqueue({ m: "delete part", id }, () => {
          const p = find();
          excel.parts = excel.parts.filter((x) => x !== p);
        }),
    };
  }
  add(xml: string): void {
    this.excel.enqueue({ m: "add part", xml }, () => void this.excel.addPart(xml));
  }
}

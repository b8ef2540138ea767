/**
 * How the tables read and print once written (layout.ts: PAGE_SETUP, FIRST_SHEET, wrapped columns): rows as tall
 * as their wrapped text, and for tables created by this write a landscape page one page wide with the header on
 * every page and the print area on the readable columns; a first write opens on Figures.
 * Page layout needs ExcelApi 1.9; where it is missing the tables are written all the same.
 */
import { columnLetter } from "../workbook/address";
import { FIRST_SHEET, PAGE_SETUP, TABLES, printColumnCount, type TableName } from "../workbook/layout";

export interface PresentationPlan {
  /** Tables this write created (their sheets get the page setup; the analyst's own setup of older ones is kept). */
  created: TableName[];
  /** Engine tables written (their rows are fitted to wrapped text). */
  written: TableName[];
  /** Whether the host has ExcelApi 1.9 (page layout). */
  pageLayout: boolean;
}

export function applyPresentation(context: Excel.RequestContext, plan: PresentationPlan): void {
  for (const spec of TABLES) {
    if (!plan.written.includes(spec.name) || !spec.columns.some((c) => c.wrap)) continue;
    context.workbook.tables.getItem(spec.name).getDataBodyRange().format.autofitRows();
  }
  for (const spec of TABLES) {
    if (!plan.created.includes(spec.name) || !plan.pageLayout) continue;
    const layout = context.workbook.worksheets.getItem(spec.sheet).pageLayout;
    layout.orientation = (PAGE_SETUP.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    layout.zoom = { horizontalFitToPages: PAGE_SETUP.fitToWidth, verticalFitToPages: PAGE_SETUP.fitToHeight };
    layout.setPrintArea(`A:${columnLetter(printColumnCount(spec) - 1)}`);
    if (PAGE_SETUP.repeatHeaderRow) layout.setPrintTitleRows("$1:$1");
  }
  if (plan.created.includes("Figures")) {
    const first = TABLES.find((t) => t.sheet === FIRST_SHEET);
    if (first) context.workbook.worksheets.getItem(first.sheet).activate();
  }
}

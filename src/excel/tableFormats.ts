/** The layout's rules on a live range: the Review list and the Status fills. */
import { REVIEW_VALUES } from "../workbook/gateway";
import { STATUS_FILLS } from "../workbook/layout";

export function reviewValidation(range: Excel.Range): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: REVIEW_VALUES.join(",") } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop" as Excel.DataValidationAlertStyle,
    title: "Review",
    message: `Choose ${REVIEW_VALUES.join(", ")}.`,
  };
}

export function statusFormatting(range: Excel.Range): void {
  for (const s of STATUS_FILLS) {
    const cf = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = s.fill;
    cf.cellValue.format.font.color = s.fontColor;
    cf.cellValue.rule = { formula1: `="${s.status}"`, operator: "EqualTo" as Excel.ConditionalCellValueOperator };
  }
}

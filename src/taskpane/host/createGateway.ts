import type { WorkbookGateway } from "../../workbook/gateway";
import { MemoryGateway } from "../standalone/memoryGateway";
import type { HostInfo } from "./detectHost";

/**
 * The workbook the pane works on: the live Excel workbook inside Excel (its Office.js code is loaded only there,
 * as a separate chunk), else an in-memory workbook that can be downloaded as .xlsx.
 */
export async function createGateway(host: HostInfo): Promise<WorkbookGateway> {
  if (host.kind === "excel") {
    const { OfficeWorkbookGateway } = await import(/* webpackChunkName: "excel-gateway" */ "../../excel/officeGateway");
    return new OfficeWorkbookGateway();
  }
  return new MemoryGateway();
}

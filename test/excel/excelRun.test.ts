/**
 * The gateway's default runner is the global Excel.run of office.js: mocked here with office-addin-mock's
 * OfficeMockObject, whose run hands the batch a request context (the in-memory fake workbook).
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock reads the OfficeApp enum of office-addin-manifest, whose ES module jest cannot load:
// jest.config.js maps it to test/stubs/office-addin-manifest.js, which carries the enum.
import { OfficeWorkbookGateway } from "../../src/excel/officeGateway";
import { toWorkbookError, WorkbookError } from "../../src/excel/errors";
import { FakeExcel, FakeOfficeError } from "./fakes/fakeExcel";
import { RESULT } from "../workbook/fixture";

describe("Excel.run through office-addin-mock", () => {
  const globals = globalThis as unknown as { Excel?: unknown };
  afterEach(() => {
    delete globals.Excel;
  });

  it("writes and reads back through the global Excel.run", async () => {
    const fake = new FakeExcel();
    let runs = 0;
    const ExcelMock = new OfficeMockObject({
      run: async (batch: (context: Excel.RequestContext) => Promise<unknown>) => {
        runs++;
        return fake.run(batch);
      },
    });
    globals.Excel = ExcelMock;
    const gateway = new OfficeWorkbookGateway();
    const report = await gateway.write(RESULT, { tolerance: 0.01 });
    expect(report).toEqual({ claimsWritten: 5, claimsGone: 0, figuresWritten: 3 });
    expect(runs).toBe(2); // one run for the snapshot, one for the writes
    expect(await new OfficeWorkbookGateway().loadSources()).toEqual(RESULT.sources);
  });

  it("turns an Excel error raised inside Excel.run into a WorkbookError with a message for the pane", async () => {
    globals.Excel = new OfficeMockObject({
      run: async () => {
        throw new FakeOfficeError("AccessDenied", "protected");
      },
    });
    const e = await new OfficeWorkbookGateway().loadSources().catch((err: unknown) => err);
    expect(e).toBeInstanceOf(WorkbookError);
    expect((e as WorkbookError).code).toBe("sheet-protected");
  });
});

describe("toWorkbookError", () => {
  it("says whether the workbook was changed", () => {
    const before = toWorkbookError(new FakeOfficeError("ItemNotFound", "x"), 0);
    expect(before.workbookUnchanged).toBe(true);
    expect(before.userMessage).toMatch(/renamed or deleted.*Nothing was changed/);
    const after = toWorkbookError(new FakeOfficeError("InvalidArgument", "x"), 1);
    expect(after.code).toBe("partial-write");
    expect(after.workbookUnchanged).toBe(false);
    expect(after.userMessage).toMatch(/Run Refresh again/);
    expect(toWorkbookError(new FakeOfficeError("RequestPayloadSizeLimitExceeded", "x")).code).toBe("request-too-large");
    expect(toWorkbookError(new Error("boom")).userMessage).toContain("boom");
  });
});

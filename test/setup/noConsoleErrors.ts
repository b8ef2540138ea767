/**
 * A test that makes something call console.error (React's "not wrapped in act(...)" warning, a component that logs
 * a caught error) fails, naming what was logged: `npm test` stays free of logged errors, and a warning is fixed
 * where it appears rather than scrolling past.
 */
const logged: string[] = [];
const original = console.error;

beforeEach(() => {
  logged.length = 0;
  console.error = (...args: unknown[]) => {
    logged.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(" "));
  };
});

afterEach(() => {
  console.error = original;
  if (logged.length) {
    const first = logged[0].split("\n")[0];
    throw new Error(`console.error was called ${logged.length} time(s) during this test; first: ${first}`);
  }
});

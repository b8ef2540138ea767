/**
 * Tests that need something the machine may lack (chromium, LibreOffice, ../shared) are skipped when it is
 * missing: jest then counts them as skipped (never passed), and one line on stderr says which and why.
 */
function announce(what: string, reason: string): void {
  process.stderr.write(`SKIPPED ${what}: ${reason}\n`);
}

/** `describe` when `reason` is null, else `describe.skip` after saying why. */
export function describeUnless(reason: string | null, what: string): jest.Describe {
  if (reason === null) return describe;
  announce(what, reason);
  return describe.skip;
}

/** `it` when `reason` is null, else `it.skip` after saying why. */
export function itUnless(reason: string | null, what: string): jest.It {
  if (reason === null) return it;
  announce(what, reason);
  return it.skip;
}

/**
 * A string built from many pieces (templates, +) may be kept by the engine as a tree of those pieces; reading one
 * character makes it one flat block. Figures live as long as the caller keeps them, and a flat label or reason
 * built from many small pieces takes about a third less memory than its tree (measured: ~1,060 → ~750 bytes per
 * figure). A string of two or three long pieces that other figures share is smaller left as it is.
 */
export function flatten(s: string): string {
  s.charCodeAt(0);
  return s;
}

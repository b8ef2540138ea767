/** Types of ensureCli.mjs (used by the TypeScript bench scripts). */
export function ensureCli(root: string, who: string): number;

import { stableHash } from "../hash";

/** A figure's id: "f-" + stableHash of its group key (stable across runs, so overrides and refresh can key on it). */
export function figureId(key: string): string {
  return stableHash(key, "f-");
}

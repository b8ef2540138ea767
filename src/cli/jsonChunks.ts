/**
 * The JSON the CLI writes, made piece by piece: { "sources": [...], "claims": [...], "figures": [...] }, one
 * element a line, in chunks of about CHUNK_CHARS characters. The whole document is never one string, so its size
 * is bounded only by the disk: a million claims are written with the memory of one chunk.
 *
 * A claim points at its sentence (`sentenceStart`, `sentenceEnd`: UTF-16 offsets in its source's text) instead of
 * copying it: a long sentence holding thousands of numbers would otherwise be written once per number (a number
 * list of 1 MB gave 500,000 copies of the same 1,500 characters). `--with-text` adds each source's text, from
 * which every sentence and surface can be sliced.
 */
import type { AuditResult, Claim, Source } from "../core/types";
import { pageOf } from "../core/source/pageOf";
import { escapeJsonControls } from "./printable";

export const CHUNK_CHARS = 1 << 16;

/** A claim as written: every field but the sentence's copy, with where the sentence ends (and its page, in a PDF). */
export type ClaimJson = Omit<Claim, "sentence"> & { sentenceEnd: number; page?: number };

export function claimJson(claim: Claim, source?: Pick<Source, "pageStarts">): ClaimJson {
  const { sentence, ...rest } = claim;
  const page = source ? pageOf(source, claim.start) : undefined;
  return { ...rest, sentenceEnd: claim.sentenceStart + sentence.length, ...(page === undefined ? {} : { page }) };
}

function sourceJson(source: Source, withText: boolean): Omit<Source, "text"> | Source {
  if (withText) return source;
  const { text: _text, ...rest } = source;
  return rest;
}

/** The JSON text, in chunks whose concatenation is one JSON document (with a final line break). */
export function* resultJsonChunks(result: AuditResult, withText: boolean): Generator<string> {
  const paged = new Map<string, Source>();
  for (const source of result.sources) if (source.pageStarts?.length) paged.set(source.id, source);
  let buffer = "{\n";
  const sections: [string, readonly unknown[], (item: never) => unknown][] = [
    ["sources", result.sources, (s: Source) => sourceJson(s, withText)],
    ["claims", result.claims, (c: Claim) => claimJson(c, paged.get(c.sourceId))],
    ["figures", result.figures, (f: unknown) => f],
  ];
  for (let k = 0; k < sections.length; k++) {
    const [name, items, shape] = sections[k];
    buffer += `  ${JSON.stringify(name)}: [`;
    for (let i = 0; i < items.length; i++) {
      buffer += `${i === 0 ? "\n" : ",\n"}    ${JSON.stringify(shape(items[i] as never))}`;
      if (buffer.length >= CHUNK_CHARS) {
        yield escapeJsonControls(buffer);
        buffer = "";
      }
    }
    buffer += `${items.length ? "\n  " : ""}]${k < sections.length - 1 ? "," : ""}\n`;
  }
  yield escapeJsonControls(buffer + "}\n");
}

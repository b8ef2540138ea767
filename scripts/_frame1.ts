import { readFileSync } from "node:fs";
import { extractClaims } from "/work/main/src/core/extract/extractClaims";
import { frameClaims } from "/work/main/src/core/frame/frameClaims";
import { createSource } from "/work/main/src/core/source/createSource";
const [file, surface] = process.argv.slice(2);
const s = createSource(readFileSync(file, "utf8"), { file, published: process.argv[4] });
const claims = extractClaims(s);
const frames = frameClaims(claims, new Map([[s.id, s]]));
for (const c of claims) if (c.surface === surface) console.log(JSON.stringify(frames.get(c.id)));

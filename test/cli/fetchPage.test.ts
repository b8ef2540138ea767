/**
 * Links are fetched from a server this test starts on 127.0.0.1 (never the internet): a saved news page, a 404, a
 * page that never answers, a JSON response, a page over the size limit (stated, and streamed without a length).
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fetchPage } from "../../src/cli/fetchPage";
import { runCli } from "./runCli";

const page = fs.readFileSync(path.join(__dirname, "..", "fixtures", "inputs", "meridian-wire-wheat-exports.html"));
const report = fs.readFileSync(path.join(__dirname, "..", "fixtures", "inputs", "rail-freight-review.pdf"));
const LIMIT = 64 * 1024;

let server: http.Server;
let base: string;
const hanging = new Set<http.ServerResponse>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url) {
      case "/news/wheat":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
        return;
      case "/reports/rail.pdf":
        res.writeHead(200, { "content-type": "application/pdf" }).end(report);
        return;
      case "/gone":
        res.writeHead(404, "Not Found", { "content-type": "text/html" }).end("<h1>Not found</h1>");
        return;
      case "/slow":
        hanging.add(res); // never answers; closed after the tests
        return;
      case "/api/prices":
        res.writeHead(200, { "content-type": "application/json" }).end('{"brent": 81.35}');
        return;
      case "/huge":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(LIMIT + 1) }).end(Buffer.alloc(LIMIT + 1, 0x61));
        return;
      case "/huge-streamed": {
        res.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 20; i++) res.write(Buffer.alloc(8 * 1024, 0x61));
        res.end();
        return;
      }
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const limits = { timeoutMs: 500, maxBytes: LIMIT };

describe("fetchPage", () => {
  it("fetches a page and names it by its content type", async () => {
    const got = await fetchPage(`${base}/news/wheat`, limits);
    expect(got).toMatchObject({ ok: true, name: "page.html" });
    if (got.ok) expect(got.bytes.length).toBe(page.length);
    expect(await fetchPage(`${base}/reports/rail.pdf`, limits)).toMatchObject({ ok: true, name: "page.pdf" });
  });

  it("gives one line for each failure: status, time-out, not HTML, too large, no connection", async () => {
    expect(await fetchPage(`${base}/gone`, limits)).toEqual({ ok: false, error: "HTTP 404 Not Found" });
    expect(await fetchPage(`${base}/slow`, limits)).toEqual({ ok: false, error: "timed out after 0.5 s" });
    expect(await fetchPage(`${base}/api/prices`, limits)).toEqual({ ok: false, error: "not HTML (application/json)" });
    expect(await fetchPage(`${base}/huge`, limits)).toEqual({ ok: false, error: "too large (65,537 bytes, limit 65,536 bytes)" });
    expect(await fetchPage(`${base}/huge-streamed`, limits)).toEqual({ ok: false, error: "too large (more than the limit of 0.1 MB)" });
    // a port nothing listens on (the server's own, once closed, is not used: a fresh one is taken and released)
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const closed = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    expect(await fetchPage(`http://127.0.0.1:${closed}/`, limits)).toEqual({ ok: false, error: "could not connect (connection refused)" });
  });
});

describe("figure-audit with links", () => {
  it("reads linked pages with the link as the source's address, and reports each failed link on one line", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-links-"));
    try {
      fs.writeFileSync(path.join(dir, "links.txt"), `# morning reading\n${base}/gone\n${base}/api/prices\n\nnot a link\n${base}/reports/rail.pdf\n`);
      const run = await runCli([`${base}/news/wheat`, `${base}/slow`, "--urls", "links.txt", "--timeout", "0.5", "--json", "-"], dir);
      expect(run.code).toBe(0);
      expect(run.stderr.split("\n").filter(Boolean).sort()).toEqual(
        [
          `figure-audit: links.txt:5: not a web address (http:// or https://); line skipped`,
          `figure-audit: ${base}/slow: timed out after 0.5 s`,
          `figure-audit: ${base}/gone: HTTP 404 Not Found`,
          `figure-audit: ${base}/api/prices: not HTML (application/json)`,
        ].sort(),
      );
      const out = JSON.parse(run.stdout) as { sources: { url: string; title: string; outlet: string }[]; claims: { surface: string; page?: number }[] };
      expect(out.sources.map((s) => [s.url, s.title])).toEqual([
        [`${base}/news/wheat`, "Kestria's wheat exports fall 18% after drought"],
        [`${base}/reports/rail.pdf`, "Coastal Rail Freight Review 2025"],
      ]);
      expect(out.claims.find((c) => c.surface === "$730 million")?.page).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

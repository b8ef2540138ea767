/** The command line of `figure-audit`, parsed. */
export interface CliOptions {
  /** Where to write the JSON result ("-" for stdout). */
  json?: string;
  /** Where to write the workbook. */
  xlsx?: string;
  metrics?: string;
  fx?: string;
  tolerance?: number;
  /** true/false when forced by --color/--no-color; undefined: decide from the terminal. */
  color?: boolean;
  /** Include each source's text in the JSON output. */
  withText: boolean;
  /** No summary on stdout. */
  quiet: boolean;
  help: boolean;
  version: boolean;
  /** Files, folders and web addresses (http:// or https://), in the order given. */
  paths: string[];
  /** Files that list web addresses, one a line (--urls FILE, may be given more than once). */
  urlLists: string[];
  /** Time limit for fetching one web page, in seconds. */
  timeout?: number;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `usage: figure-audit [--json FILE|-] [--xlsx FILE] [--metrics FILE] [--fx FILE] [--tolerance N]
                    [--urls FILE] [--timeout S] [--with-text] [--quiet] [--no-color] <files, folders or links>

Reads news articles (.txt, .md, saved web pages .html/.htm, .pdf, .docx; folders are walked; https:// links
are fetched), extracts every numeric claim and audits which figures the sources corroborate, contradict or
state alone.

  --json FILE|-     write { sources, claims, figures } as JSON to FILE, or to stdout with "-"
  --xlsx FILE       write the workbook (Sources, Claims, Figures, Metrics, FX tables) to FILE
                    (with neither --json nor --xlsx: figures.xlsx in the current folder)
  --metrics FILE    metric catalogue, CSV or JSON with key,label,unit,keywords (keywords separated by ";")
  --fx FILE         exchange rates, CSV or JSON with from,to,rate (1 from = rate to)
  --tolerance N     relative tolerance for exact figures (default 0.005 = 0.5%; "2%" also accepted)
  --urls FILE       fetch the web addresses listed in FILE, one a line (# starts a comment)
  --timeout S       seconds allowed for fetching one link (default 20)
  --with-text       include each source's full text in the JSON
  --quiet           do not print the summary
  --no-color        no colour in the summary (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help        this help;  --version  the version

Exit status: 0 when at least one article was read and the outputs written; 1 when no article could be read
or an output could not be written; 2 on a usage error.`;

const WITH_VALUE = new Set(["--json", "--xlsx", "--metrics", "--fx", "--tolerance", "--urls", "--timeout"]);

function parseTolerance(raw: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(raw);
  if (!m) return null;
  const value = Number(m[1]) / (m[2] ? 100 : 1);
  return Number.isFinite(value) && value >= 0 && value < 1 ? value : null;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { withText: false, quiet: false, help: false, version: false, paths: [], urlLists: [] };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || arg === "-" || !arg.startsWith("-")) {
      options.paths.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (WITH_VALUE.has(flag)) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined || value === "") return { ok: false, error: `${flag} needs a value` };
      if (flag === "--tolerance") {
        const tolerance = parseTolerance(value);
        if (tolerance === null) return { ok: false, error: `--tolerance must be a number from 0 to 1 (or a percentage), got "${value}"` };
        options.tolerance = tolerance;
      } else if (flag === "--timeout") {
        const seconds = Number(value);
        if (!(seconds > 0 && seconds <= 3600)) return { ok: false, error: `--timeout must be a number of seconds from 0 to 3600, got "${value}"` };
        options.timeout = seconds;
      } else if (flag === "--urls") {
        options.urlLists.push(value);
      } else {
        options[flag.slice(2) as "json" | "xlsx" | "metrics" | "fx"] = value;
      }
      continue;
    }
    if (eq > 0) return { ok: false, error: `${flag} takes no value` };
    switch (arg) {
      case "--no-color":
        options.color = false;
        break;
      case "--color":
        options.color = true;
        break;
      case "--with-text":
        options.withText = true;
        break;
      case "--quiet":
      case "-q":
        options.quiet = true;
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      case "--version":
        options.version = true;
        break;
      default:
        return { ok: false, error: `unknown option ${arg}` };
    }
  }
  if (options.json === "-" && options.paths.includes("-")) return { ok: false, error: "reading from stdin is not supported" };
  if (options.paths.includes("-")) return { ok: false, error: 'reading from stdin is not supported; name files or folders' };
  if (!options.help && !options.version && options.paths.length === 0 && options.urlLists.length === 0)
    return { ok: false, error: "no files or folders given" };
  return { ok: true, options };
}

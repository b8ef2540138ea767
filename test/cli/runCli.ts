import { main, type CliIo } from "../../src/cli/main";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process with captured stdout and stderr. */
export async function runCli(argv: string[], cwd: string, extra: { isTTY?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: extra.isTTY ?? false },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env: extra.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

import * as fs from "node:fs";
import * as path from "node:path";
import { DOCUMENT_EXTENSION_LIST, documentFormat } from "../reader/readDocument";

export interface InputProblem {
  /** The path as the user wrote it (or as found under a folder they named). */
  path: string;
  message: string;
}

export interface Discovery {
  /** Files to read, in a stable order: the order of the arguments, folders sorted by name. */
  files: string[];
  problems: InputProblem[];
}

const SKIPPED_FOLDERS = new Set(["node_modules"]);

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "cannot read (permission denied)";
  if (code === "ELOOP") return "cannot read (too many symbolic links)";
  if (code === "ENOTDIR") return "no such file or folder";
  return `cannot read (${code ?? (error as Error)?.message ?? String(error)})`;
}

export { describeError };

/**
 * Expands the command line's paths into article files. Named files are taken whatever their extension (the
 * reader refuses the ones it cannot read, with a message); folders are walked recursively for .txt, .md,
 * .html, .htm, .pdf and .docx, skipping hidden entries and node_modules, following each real folder once.
 */
export function discoverFiles(paths: readonly string[]): Discovery {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = (p: string): void => {
    let key = path.resolve(p);
    try {
      key = fs.realpathSync(p);
    } catch {
      // a broken link: keep it, the reader reports it
    }
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(p);
  };

  const walk = (folder: string): number => {
    let real: string;
    try {
      real = fs.realpathSync(folder);
    } catch (error) {
      problems.push({ path: folder, message: describeError(error) });
      return 0;
    }
    if (seenFolders.has(real)) return 1; // already walked: not "empty"
    seenFolders.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: folder, message: describeError(error) });
      return 0;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
      const child = path.join(folder, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = fs.statSync(child).isDirectory();
        } catch {
          isDir = false; // broken link: treat as a file so its problem is reported if it looks like an article
        }
      }
      if (isDir) found += walk(child);
      else if (documentFormat(entry.name)) {
        addFile(child);
        found++;
      }
    }
    return found;
  };

  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      problems.push({ path: p, message: describeError(error) });
      continue;
    }
    if (stat.isDirectory()) {
      if (walk(p) === 0) problems.push({ path: p, message: `no ${DOCUMENT_EXTENSION_LIST} files in this folder` });
    } else {
      addFile(p);
    }
  }
  return { files, problems };
}

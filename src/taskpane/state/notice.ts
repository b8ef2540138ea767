/** One message shown above the panels. */
export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  title?: string;
  text: string;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

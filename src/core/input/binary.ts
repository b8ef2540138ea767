/**
 * Tells text from binary data the way version-control tools do: a NUL byte near the start, or too many
 * control characters. Tab, line feed, vertical tab, form feed, carriage return and escape count as text.
 */
export interface BinaryCheck {
  binary: boolean;
  nulBytes: number;
  controlBytes: number;
}

const NUL_WINDOW = 8000;
const MAX_CONTROL_RATIO = 0.05;

function isTextControl(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1b;
}

export function checkBinary(bytes: Uint8Array): BinaryCheck {
  let nulBytes = 0;
  let controlBytes = 0;
  let nulNearStart = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) {
      nulBytes++;
      if (i < NUL_WINDOW) nulNearStart = true;
    } else if (!isTextControl(b)) {
      controlBytes++;
    }
  }
  const ratio = bytes.length ? (nulBytes + controlBytes) / bytes.length : 0;
  return { binary: nulNearStart || ratio > MAX_CONTROL_RATIO, nulBytes, controlBytes };
}

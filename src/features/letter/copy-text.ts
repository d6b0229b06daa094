/** Puts text on the clipboard with the Clipboard API; false when the browser refuses (the caller then shows the text selected). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

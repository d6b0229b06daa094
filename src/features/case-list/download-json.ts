/** Saves a value as a pretty-printed JSON file through the browser's download (no network). */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe version of an id. */
export function safeFileNamePart(text: string): string {
  return text.replace(/[^a-zA-Z0-9._-]+/g, '-').slice(0, 80) || 'record';
}

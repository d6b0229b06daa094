/** Today's date in the reviewer's time zone, as ISO YYYY-MM-DD (UI code only: domain code gets it passed in). */
export function localTodayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

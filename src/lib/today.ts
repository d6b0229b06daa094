/** Today's date in the reviewer's time zone, as ISO YYYY-MM-DD. The UI reads the clock; the domain never does. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

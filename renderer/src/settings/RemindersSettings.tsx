/** Settings section: Reminders. */
export function RemindersSettings() {
  return null;
}

/** Settings section: Data. */
export function DataSettings() {
  return null;
}

/** What the server accepts as an indicator name: 1–40 letters, digits, `_` or `-`. */
const NAME = /^[A-Za-z0-9_-]{1,40}$/;

export function isIndicatorName(name: string): boolean {
  return NAME.test(name);
}

/** A name suggested by the picked file ("pmi_east.csv" → "pmi_east"), or '' when the file's name would not do. */
export function indicatorNameFromFile(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '').trim();
  return isIndicatorName(stem) ? stem : '';
}

/** The base64 payload of a `data:` URL (what FileReader.readAsDataURL gives), "" when it has none. */
export function dataUrlToBase64(url: string): string {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0 || !url.slice(0, comma).endsWith(';base64')) return '';
  return url.slice(comma + 1);
}

/** Reads a file or recording as base64 for a message attachment. */
export function readBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(dataUrlToBase64(typeof reader.result === 'string' ? reader.result : ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

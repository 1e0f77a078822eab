/** Hands a file made in the page (or fetched) to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by now; give slow browsers a moment before freeing it.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

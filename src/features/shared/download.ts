/**
 * Offers a file to the browser's own "save file" (the one download path: CSV exports, calendar files, the Word
 * pack). False where the browser cannot (no object URLs).
 */
export function downloadBlob(fileName: string, blob: Blob): boolean {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}

/** Offers text as a file download (CSV unless `type` says otherwise). */
export const downloadText = (fileName: string, text: string, type = 'text/csv;charset=utf-8'): boolean => downloadBlob(fileName, new Blob([text], { type }));

/** Offers text as a file download (the browser's own "save file"). False where the browser cannot. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): boolean {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
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

/** "roadmap-board-2026-11-27.csv". */
export const csvFileName = (view: string, today: Date = new Date()): string => `roadmap-${view}-${today.toISOString().slice(0, 10)}.csv`;

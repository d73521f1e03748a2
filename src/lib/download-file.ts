/** Hands a file to the browser's downloads under `name`, as if a link to it was followed. */
export function downloadFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has its own hold on the file by then; the URL goes after a while, as FileSaver.js does it.
    setTimeout(() => URL.revokeObjectURL(url), 40_000);
  }
}

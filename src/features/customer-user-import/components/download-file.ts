/** Hands a file to the browser's download, as if a link to it was followed: `downloadFile('x.csv', blob)`. */
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
    // The download has taken its copy once the click's task is over.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

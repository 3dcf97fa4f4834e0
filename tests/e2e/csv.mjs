// CSV as the server writes it (every field quoted, "" inside, CRLF; the formula guard's leading
// apostrophe undone): rows of cells, empty lines left out.
export function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    rows.push([...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replaceAll('""', '"').replace(/^'(?=['=+\-@\t\r])/, '')));
  }
  return rows;
}

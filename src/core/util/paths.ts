/** The last segment of a path or URI, with either separator ("a/b/c.txt" → "c.txt"). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

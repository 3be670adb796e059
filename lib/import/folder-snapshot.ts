import fs from 'node:fs';
import path from 'node:path';

/** For tests: every file under a folder, by relative path, as bytes; to show a folder was left untouched. */
export function folderSnapshot(dir: string): Record<string, Buffer> {
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(dir, file)).isFile())
      .sort()
      .map((file) => [file, fs.readFileSync(path.join(dir, file))]),
  );
}

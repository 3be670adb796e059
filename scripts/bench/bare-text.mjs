// The limit a page is measured against (issue 28): the report's text as published, as a bare HTML page, with no
// stylesheet, no script and no image, only what a phone needs to lay it out at its own width.
import fs from 'node:fs';

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function bareText(source = 'content/documents/jinnan-fazhi-2024/source.txt') {
  const lines = fs.readFileSync(source, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  return [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(lines[1] ?? lines[0])}</title></head><body>`,
    ...lines.map((line) => `<p>${escape(line)}</p>`),
    '</body></html>',
  ].join('\n');
}

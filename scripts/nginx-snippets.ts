// Writes the parts of deploy/nginx.conf generated from the code the Node server runs (lib/nginx/snippets.ts).
import fs from 'node:fs';
import { nginxSnippets } from '../lib/nginx/snippets';

for (const [name, text] of Object.entries(nginxSnippets())) fs.writeFileSync(`deploy/${name}`, text);
console.log(`nginx-snippets: wrote ${Object.keys(nginxSnippets()).map((name) => `deploy/${name}`).join(', ')}`);

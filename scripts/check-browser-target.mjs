// The build's last step: every script and stylesheet a browser is sent must run in the oldest engine of
// package.json's browserslist (docs/browsers.md). Next compiles for that list (SWC for scripts, Lightning CSS for
// stylesheets); this checks what came out, because what no compiler can lower would otherwise reach an old phone
// as a script that does not even parse:
// - ES syntax and built-ins beyond the list (es-check, against the same browserslist);
// - a regular-expression lookbehind, (?<=…) or (?<!…), which Safari before 16.4 cannot parse and es-check lets by;
// - a nested CSS rule, which Chromium before 120 and Safari before 17.2 do not fully read (MDN).
// Usage: node scripts/check-browser-target.mjs [.next]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] ?? '.next';
const filesUnder = (dir, ext) =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f)) : [];

// Next's noModule polyfills are loaded only by browsers too old for modules, and test for what they replace.
const { polyfillFiles = [] } = JSON.parse(fs.readFileSync(path.join(dist, 'build-manifest.json'), 'utf8'));
const skipped = new Set(polyfillFiles.map((file) => path.join(dist, file)));
const scripts = [...filesUnder(path.join(dist, 'static'), '.js').filter((file) => !skipped.has(file)), 'public/sw.js'].filter((f) => fs.existsSync(f));
const modules = filesUnder('public/pagefind', '.js');
const stylesheets = filesUnder(path.join(dist, 'static'), '.css');

const problems = [];
for (const [files, flags] of [[scripts, []], [modules, ['--module']]]) {
  if (!files.length) continue;
  try {
    execFileSync('node_modules/.bin/es-check', ['checkBrowser', ...files, '--checkFeatures', '--noColor', ...flags], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    problems.push(...`${error.stdout}${error.stderr}`.split('\n').filter((line) => /erroring file|error: \w*Error/.test(line)).map((line) => line.trim()));
  }
}
for (const file of [...scripts, ...modules]) {
  const found = fs.readFileSync(file, 'utf8').match(/.{0,40}\(\?<[=!].{0,20}/);
  if (found) problems.push(`${file}: a regular-expression lookbehind (Safari before 16.4 cannot parse the file): ${found[0]}`);
}
for (const file of stylesheets) {
  const rule = nestedRule(fs.readFileSync(file, 'utf8'));
  if (rule) problems.push(`${file}: a nested CSS rule inside «${rule}»`);
}

if (problems.length) {
  console.error(`browser target: ${problems.length} problem(s) for the browserslist in package.json\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`browser target: ${scripts.length + modules.length} scripts and ${stylesheets.length} stylesheets fit the browserslist in package.json`);

/** The selector of the first style rule that has a rule inside it, if any (at-rules such as @media may nest). */
function nestedRule(css) {
  const stack = [];
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1 || css.length;
    } else if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < css.length && css[end] !== char) end += css[end] === '\\' ? 2 : 1;
      prelude += css.slice(i, end + 1);
      i = end;
    } else if (char === '{') {
      const parent = stack[stack.length - 1];
      if (parent !== undefined && !parent.startsWith('@')) return parent;
      stack.push(prelude.trim());
      prelude = '';
    } else if (char === '}') {
      stack.pop();
      prelude = '';
    } else if (char === ';') {
      prelude = '';
    } else {
      prelude += char;
    }
  }
  return null;
}

// Issue 28's figure: how long a page takes to paint its largest text, as a ratio to the report's text served as a
// bare HTML page from the same nginx, with the same compression (scripts/bench/bare-text.mjs). Both of
// Lighthouse's throttling methods and both modes on a first visit, and a repeat visit on slow 4G
// (scripts/bench/repeat-visit.mjs); every page of one run measured before the next run starts, so the machine's
// load falls on all of them alike. With an earlier build (`before`), its pages are interleaved with these.
import fs from 'node:fs';
import { bareText } from './bare-text.mjs';
import { lighthouseRun } from './lighthouse-run.mjs';
import { repeatVisit } from './repeat-visit.mjs';
import { startNginx } from './servers.mjs';

const BARE = '/zh-CN/bare-text';
// Next's not-found page, which has no component of ours, at an address nginx answers with 200 (Lighthouse
// measures no 404): the floor under the TBT of every page.
const FLOOR = '/zh-CN/framework-floor';
const doc = '/zh-CN/jinnan-fazhi-2024';
export const paintPages = [
  ['cover', doc],
  ['section', `${doc}/section/business-environment`],
  ['whole document', `${doc}/whole`],
];
// A repeat visit opens the page after another of the same document, so the framework's code (and, before issue
// 28, the stylesheets) are in the browser's cache.
const openedBefore = { cover: '/zh-CN', section: doc, 'whole document': doc };
export const modes = [
  ['标准版', (path) => path],
  ['适老版', (path) => path.replace('/zh-CN', '/zh-CN/large')],
];
const methods = ['devtools', 'simulate'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** An export served by nginx with the bare text and the floor beside its pages. */
export function startPaintSite(port, { root = 'out', deploy = 'deploy' } = {}) {
  return startNginx(port, { root, deploy, files: { [`${BARE.slice(1)}.html`]: bareText(), [`${FLOOR.slice(1)}.html`]: fs.readFileSync(`${root}/_not-found.html`, 'utf8') } });
}

/**
 * `sites`: [{ build, url }], this build first. Returns the markdown section, and the checks issue 28 asks for (on
 * the first site) as [name, limit, measured, met].
 */
export async function paintComparison(sites, { runs, log }) {
  const first = []; // { build, page, mode, method, run, result }
  const repeat = [];
  const at = (site, path) => site.url + path;
  for (let run = 0; run < runs; run++) {
    for (const method of methods) {
      const one = async (build, page, mode, url) => {
        const result = await lighthouseRun(url, { formFactor: 'mobile', throttlingMethod: method });
        first.push({ build, page, mode, method, run, result });
        log(`paint run ${run + 1}/${runs}, ${method}: ${build} ${page} ${mode}: LCP ${result.lcp.toFixed(0)} ms, TBT ${result.tbt.toFixed(0)} ms`);
      };
      await one(sites[0].build, 'bare text', '—', at(sites[0], BARE));
      for (const site of sites) await one(site.build, 'not-found page', '—', at(site, FLOOR));
      for (const [page, path] of paintPages) {
        for (const [mode, inMode] of modes) for (const site of sites) await one(site.build, page, mode, at(site, inMode(path)));
      }
    }
    for (const [page, path] of paintPages) {
      for (const site of sites) {
        const result = await repeatVisit(at(site, path), at(site, openedBefore[page]));
        repeat.push({ build: site.build, page, run, result });
        log(`paint run ${run + 1}/${runs}, repeat visit: ${site.build} ${page}: LCP ${result.lcp.toFixed(0)} ms, ${result.bytes} bytes`);
      }
    }
  }

  const pick = (rows, build, page, mode, method) => rows.filter((r) => r.build === build && r.page === page && r.mode === mode && r.method === method);
  const m = (rows, key) => median(rows.map((r) => r.result[key]));
  // Each run's LCP over the bare text's in the same run and method, then the median of those ratios.
  const ratio = (rows, method) => median(rows.map((r) => r.result.lcp / pick(first, sites[0].build, 'bare text', '—', method).find((b) => b.run === r.run).result.lcp));

  const out = [
    `## Paint: each page against the bare text (Lighthouse mobile, nginx over the export, median of ${runs}, interleaved)`,
    '',
    'The bare text is the report as published (`content/documents/jinnan-fazhi-2024/source.txt`), one `<p>` a line, no CSS, no script, served by the same nginx with the same compression. **× bare**: the page’s LCP over the bare text’s, run by run, median. *devtools*: the load itself throttled (slow 4G: 562 ms round trips, 1.4 Mbps; 4× CPU), what a phone on a weak line sees. *simulated*: Lighthouse’s default, what PageSpeed reports (an unthrottled load, estimated on slow 4G).',
    '',
    '### First visit',
    '',
    '| page | mode | build | devtools LCP ms | × bare | devtools TBT ms | simulated LCP ms | × bare | simulated TBT ms | perf (simulated) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rowsOf = [['bare text', '—'], ['not-found page', '—'], ...paintPages.flatMap(([page]) => modes.map(([mode]) => [page, mode]))];
  for (const [page, mode] of rowsOf) {
    for (const { build } of sites) {
      const d = pick(first, build, page, mode, 'devtools');
      const s = pick(first, build, page, mode, 'simulate');
      if (!d.length) continue;
      out.push(`| ${page} | ${mode} | ${build} | ${m(d, 'lcp').toFixed(0)} | ${ratio(d, 'devtools').toFixed(2)} | ${m(d, 'tbt').toFixed(0)} | ${m(s, 'lcp').toFixed(0)} | ${ratio(s, 'simulate').toFixed(2)} | ${m(s, 'tbt').toFixed(0)} | ${m(s, 'performance')} |`);
    }
  }
  out.push(
    '',
    '### Repeat visit (标准版, slow 4G at 4× CPU)',
    '',
    'The page opened after another of the same document in the same browser (the cover after the library; a section and the whole document after the cover), its HTTP cache kept, both loads throttled as devtools throttling does; the service worker bypassed, so this is the HTTP cache. Measured by the page’s own Performance API (scripts/bench/repeat-visit.mjs), not Lighthouse.',
    '',
    '| page | build | LCP ms | bytes over the line |',
    '|---|---|---|---|',
  );
  for (const [page] of paintPages) {
    for (const { build } of sites) {
      const rows = repeat.filter((r) => r.build === build && r.page === page);
      out.push(`| ${page} | ${build} | ${m(rows, 'lcp').toFixed(0)} | ${m(rows, 'bytes')} |`);
    }
  }

  const build = sites[0].build;
  const checks = [];
  for (const [page] of paintPages) {
    for (const [mode] of modes) {
      const r = ratio(pick(first, build, page, mode, 'devtools'), 'devtools');
      checks.push([`LCP ÷ bare text, devtools (${page}, ${mode})`, '≤ 1.25', r.toFixed(2), r <= 1.25]);
    }
  }
  for (const page of ['cover', 'section']) {
    for (const [mode] of modes) {
      const score = m(pick(first, build, page, mode, 'simulate'), 'performance');
      checks.push([`performance, simulated (${page}, ${mode})`, '≥ 95', score, score >= 95]);
    }
  }
  const floor = m(pick(first, build, 'not-found page', '—', 'simulate'), 'tbt');
  for (const [mode] of modes) {
    const above = m(pick(first, build, 'whole document', mode, 'simulate'), 'tbt') - floor;
    checks.push([`TBT above the not-found page's, simulated (whole document, ${mode})`, '≤ 150 ms', above.toFixed(0), above <= 150]);
  }
  out.push('', `### What issue 28 asks of ${build}`, '', '| check | limit | measured | |', '|---|---|---|---|');
  for (const [name, limit, measured, met] of checks) out.push(`| ${name} | ${limit} | ${measured} | ${met ? 'met' : '**missed**'} |`);
  return { markdown: out, checks };
}

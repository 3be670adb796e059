// Which build this is: the Node server's (`npm run build`, served by `next start`) or the static export
// (`npm run export`, READER_OUTPUT=export, served by nginx or any static host). Plain JavaScript because
// next.config.js imports it.

export const isStaticExport = process.env.READER_OUTPUT === 'export';

/** Where the build's prerendered HTML lands: next start serves it as stored; the export is the whole site. */
export const htmlRoot = isStaticExport ? 'out' : '.next/server';

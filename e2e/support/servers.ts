// The two servers the suite runs against (playwright.config.ts): Next's, as `npm start` runs it (scripts/start.mjs),
// over the server build, and nginx over the static export, on the next port. Each is a build of its own, with its
// own version and its own SITE_URL.
export const nextStart = `http://localhost:${Number(process.env.E2E_PORT ?? 4173)}`;
export const nginx = `http://localhost:${Number(process.env.E2E_STATIC_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1)}`;

/**
 * Sends a page's static markup, and its styles, once. Next writes every element into the page twice: as HTML, and
 * again in the inline React payload (`self.__next_f.push([1, "…"])` scripts) from which React hydrates. For a
 * `<StaticMarkup>` element the second copy is its whole `dangerouslySetInnerHTML` string, escaped once more for a
 * JavaScript string: on the whole document, 135 kB of a 176 kB payload. React in production hydrates such an element
 * without reading its inner HTML (react-dom's prepareToHydrateHostInstance compares text children only), so the copy
 * is only parsed, on the phone's busiest second, and then never used (issue 28).
 *
 * It is safe only where the router never renders that first payload again. Client-side navigation does: going back
 * to a page left by `router.push` renders the tree cached from its first load, and with an empty string there the
 * section would come back blank. The one client-side navigation is 连读 to the next section (ReadAloudSession), so
 * every section page, which hands the player a `nextHref` (the last one's is `"$undefined"`), keeps its static
 * markup. The `.rsc` files that a client-side navigation fetches are never touched.
 *
 * The page's styles travel the same way. With `experimental.inlineCss` Next writes each stylesheet's text into the
 * `<head>` as a `<style data-href>`, and into the payload as the children of a `<style precedence href>` element,
 * some twice (vercel/next.js#98079): on a section page 46 kB of its 79 kB payload. Gzip's 32 kB window cannot fold
 * them into the copy before, so they cost 9 of the page's 33 kB gzip. React never reads that text: on hydration, and
 * whenever the router renders the element again, it takes the `<style>` whose `data-href` lists the href (react-dom's
 * acquireResource), and it never removes one. So the text is emptied on every page, 连读's too, wherever the head has
 * that `<style>`.
 *
 * The payload is React's Flight stream: rows `id:json\n`, or `id:T<hex byte length>,<text>` for long strings, cut
 * anywhere into the push scripts. A row this does not understand stops the build with the page's name: a newer Next
 * may write it differently, and a page cannot be half rewritten.
 */

/** What `<StaticMarkup>` writes beside its inner HTML, so that only its copy is taken out. */
export const STATIC_MARKUP_ATTRIBUTE = 'data-static-markup';

// The prop by which the player learns where 连读 goes next (components/read-aloud/ReadAloudLauncher.tsx).
const LEFT_BY_CLIENT_NAVIGATION = '"nextHref":"';

const PUSH = /<script>self\.__next_f\.push\((.*?)\)<\/script>/gs;

type Row = { id: string; text: string; script: number; longString: boolean };

export function withMarkupSentOnce(html: string): string {
  const pushes = [...html.matchAll(PUSH)].map((match) => JSON.parse(match[1]) as [number, string?]);
  const stream = pushes.filter(([kind]) => kind === 1).map(([, text]) => text!);
  if (stream.length === 0) return html;
  const unknown = pushes.find(([kind]) => kind !== 0 && kind !== 1);
  // 3 carries binary rows, whose bytes this cannot follow; 2 is form state, which no page here has.
  if (unknown) throw new Error(`an inline payload part of kind ${unknown[0]}, which this does not read`);
  const whole = stream.join('');
  const take: Copies = {
    markup: whole.includes(`"${STATIC_MARKUP_ATTRIBUTE}":""`) && !whole.includes(LEFT_BY_CLIENT_NAVIGATION),
    styles: stylesInHead(html),
  };
  if (!take.markup && take.styles.size === 0) return html;

  const rows = splitRows(stream, whole);
  const emptied = new Set<string>();
  for (const row of rows) {
    if (row.longString) continue;
    const hasMarkup = take.markup && row.text.includes(STATIC_MARKUP_ATTRIBUTE);
    const hasStyle = take.styles.size > 0 && row.text.includes('"precedence":');
    if (!hasMarkup && !hasStyle) continue;
    const colon = row.text.indexOf(':');
    const value = JSON.parse(row.text.slice(colon + 1));
    emptyCopies(value, take, emptied);
    row.text = `${row.text.slice(0, colon + 1)}${JSON.stringify(value)}\n`;
  }
  const referenced = rows.filter((r) => !r.longString).map((r) => r.text).join('');
  // A long string is dropped only when nothing else still points at it.
  const kept = rows.filter((r) => !(r.longString && emptied.has(r.id) && !pointsAt(referenced, r.id)));

  const texts = stream.map(() => '');
  for (const row of kept) texts[row.script] += row.text;
  // replace() meets the push scripts in the order matchAll listed them.
  let push = 0;
  let part = 0;
  return html.replace(PUSH, (script) => {
    if (pushes[push++][0] !== 1) return script;
    const text = texts[part++];
    return text === '' ? '' : `<script>self.__next_f.push(${escapeForScript(JSON.stringify([1, text]))})</script>`;
  });
}

// The row kinds whose length comes before their data, as React's Flight client reads them (processBinaryChunk);
// every other row ends at a newline.
const LENGTH_TAGS = 'TAOobUSsLlGgMmV';

/** The rows of the stream, each kept with the push script it starts in. */
function splitRows(stream: string[], whole: string): Row[] {
  let offset = 0;
  const starts = stream.map((text) => (offset += text.length) - text.length);
  const scriptAt = (offset: number) => starts.findLastIndex((start) => start <= offset);
  const rows: Row[] = [];
  for (let at = 0; at < whole.length; ) {
    const colon = whole.indexOf(':', at);
    const id = whole.slice(at, colon);
    if (colon < 0 || !/^[0-9a-f]+$/.test(id)) throw new Error(`a payload row at ${at} does not start with an id: ${whole.slice(at, at + 40)}`);
    const tag = whole[colon + 1];
    let end: number;
    if (tag === 'T') {
      const comma = whole.indexOf(',', colon);
      end = afterBytes(whole, comma + 1, parseInt(whole.slice(colon + 2, comma), 16));
    } else if (LENGTH_TAGS.includes(tag)) {
      // Binary rows; Next does not write them into string parts, so meeting one means the format moved.
      throw new Error(`a payload row of a kind this does not read: ${whole.slice(at, at + 40)}`);
    } else {
      end = whole.indexOf('\n', colon);
      if (end < 0) throw new Error(`the last payload row does not end: ${whole.slice(at, at + 40)}`);
      end += 1;
    }
    rows.push({ id, text: whole.slice(at, end), script: scriptAt(at), longString: tag === 'T' });
    at = end;
  }
  return rows;
}

/** The string index `bytes` UTF-8 bytes after `from` (React counts a long string's length in bytes). */
function afterBytes(text: string, from: number, bytes: number) {
  let at = from;
  for (let counted = 0; counted < bytes; ) {
    if (at >= text.length) throw new Error('a long string in the payload is cut short');
    const code = text.codePointAt(at)!;
    counted += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

type Copies = { markup: boolean; styles: Set<string> };

/** Empties, in place, the copies React does not read, and notes the long strings they pointed at. */
function emptyCopies(value: unknown, take: Copies, emptied: Set<string>) {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    // An element is ["$", type, key, props].
    if (value[0] === '$' && value[1] === 'style') emptyStyle(value[3], take.styles, emptied);
    return value.forEach((v) => emptyCopies(v, take, emptied));
  }
  const props = value as Record<string, unknown>;
  const inner = props.dangerouslySetInnerHTML as { __html?: unknown } | undefined;
  if (take.markup && props[STATIC_MARKUP_ATTRIBUTE] === '' && typeof inner?.__html === 'string') {
    noteReference(inner.__html, emptied);
    inner.__html = '';
  }
  for (const child of Object.values(props)) emptyCopies(child, take, emptied);
}

function emptyStyle(props: unknown, inHead: Set<string>, emptied: Set<string>) {
  const style = props as { precedence?: unknown; href?: unknown; children?: unknown } | null;
  if (typeof style?.precedence !== 'string' || typeof style.href !== 'string' || typeof style.children !== 'string') return;
  if (!inHead.has(style.href)) return;
  noteReference(style.children, emptied);
  style.children = '';
}

const noteReference = (text: string, emptied: Set<string>) => {
  const reference = /^\$([0-9a-f]+)$/.exec(text);
  if (reference) emptied.add(reference[1]);
};

/** The hrefs that the head's `<style>` elements stand for, as React looks them up (`data-href~=`). */
function stylesInHead(html: string): Set<string> {
  const end = html.indexOf('</head>');
  const head = end < 0 ? '' : html.slice(0, end);
  const hrefs = [...head.matchAll(/<style\b[^>]*\sdata-href="([^"]*)"/g)].flatMap((match) => match[1].split(' '));
  return new Set(hrefs.filter(Boolean));
}

// A reference is "$<id>", with a one-letter kind ("$L<id>", "$@<id>") or a path ("$<id>:props:children").
const pointsAt = (rows: string, id: string) => new RegExp(`"\\$[A-Za-z@]?${id}(:[^"]*)?"`).test(rows);

// As Next escapes the payload for an inline script (htmlEscapeJsonString): nothing in it can end the script.
const escapeForScript = (json: string) =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

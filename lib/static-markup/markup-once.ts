/**
 * Sends a page's static markup once. Next writes every element into the page twice: as HTML, and again in the
 * inline React payload (`self.__next_f.push([1, "…"])` scripts) from which React hydrates. For a
 * `<StaticMarkup>` element the second copy is its whole `dangerouslySetInnerHTML` string, escaped once more for a
 * JavaScript string: on the whole document, 135 kB of a 176 kB payload. React in production hydrates such an element
 * without reading its inner HTML (react-dom's prepareToHydrateHostInstance compares text children only), so the copy
 * is only parsed, on the phone's busiest second, and then never used (issue 28).
 *
 * It is safe only where the router never renders that first payload again. Client-side navigation does: going back
 * to a page left by `router.push` renders the tree cached from its first load, and with an empty string there the
 * section would come back blank. The one client-side navigation is 连读 to the next section (ReadAloudSession), so
 * every section page, which hands the player a `nextHref` (the last one's is `"$undefined"`), keeps its payload whole. The `.rsc` files that a client-side navigation
 * fetches are never touched.
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
  if (!whole.includes(`"${STATIC_MARKUP_ATTRIBUTE}":""`) || whole.includes(LEFT_BY_CLIENT_NAVIGATION)) return html;

  const rows = splitRows(stream, whole);
  const emptied = new Set<string>();
  for (const row of rows) {
    if (row.longString || !row.text.includes(STATIC_MARKUP_ATTRIBUTE)) continue;
    const colon = row.text.indexOf(':');
    const value = JSON.parse(row.text.slice(colon + 1));
    emptyStaticMarkup(value, emptied);
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

function emptyStaticMarkup(value: unknown, emptied: Set<string>) {
  if (Array.isArray(value)) return value.forEach((v) => emptyStaticMarkup(v, emptied));
  if (value === null || typeof value !== 'object') return;
  const props = value as Record<string, unknown>;
  const inner = props.dangerouslySetInnerHTML as { __html?: unknown } | undefined;
  if (props[STATIC_MARKUP_ATTRIBUTE] === '' && typeof inner?.__html === 'string') {
    const reference = /^\$([0-9a-f]+)$/.exec(inner.__html);
    if (reference) emptied.add(reference[1]);
    inner.__html = '';
  }
  for (const child of Object.values(props)) emptyStaticMarkup(child, emptied);
}

// A reference is "$<id>", with a one-letter kind ("$L<id>", "$@<id>") or a path ("$<id>:props:children").
const pointsAt = (rows: string, id: string) => new RegExp(`"\\$[A-Za-z@]?${id}(:[^"]*)?"`).test(rows);

// As Next escapes the payload for an inline script (htmlEscapeJsonString): nothing in it can end the script.
const escapeForScript = (json: string) =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

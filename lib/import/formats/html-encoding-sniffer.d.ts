// The package ships no types; this is its one function (https://github.com/jsdom/html-encoding-sniffer).
declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding name for an HTML byte stream: BOM, then the transport label, then the <meta> prescan. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}

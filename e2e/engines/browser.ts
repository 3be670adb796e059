/** An element as a reader finds it: by its kind (a CSS selector) and the name it shows or is given. */
export type Target = { css: string; name?: string; match?: 'exact' | 'start' | 'contains' };

export type Key = 'Enter' | 'Escape';

/**
 * What the journeys need from a browser, whichever WebDriver protocol drives it (BiDi for Firefox, classic for
 * WebKit). Clicks, taps and keys are real input events sent by the driver, not calls into the page.
 */
export interface EngineBrowser {
  readonly engine: 'Firefox' | 'WebKit';
  readonly version: string;
  /** Runs `fn(arg)` in every page from the next navigation on, before the page's own scripts; null stops it. */
  beforePageScripts<A>(fn: ((arg: A) => void) | null, arg?: A): Promise<void>;
  /** Opens a path of the reader's origin and waits for the page's load event. */
  goto(path: string): Promise<void>;
  /** Runs a self-contained function in the page and returns its (JSON) result, awaited. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Runs a script's text in the page as it is (axe-core's source): the driver's evaluation, outside the page's CSP. */
  inject(source: string): Promise<void>;
  click(target: Target): Promise<void>;
  /** A touch where the engine's driver has one (see each engine's note). */
  tap(target: Target): Promise<void>;
  /** Presses a key on the keyboard, for the focused element. */
  press(key: Key): Promise<void>;
  /** Saves the reader's preference cookie as the reader does (e2e/support/preferences.ts), or removes it. */
  setPreferences(prefs: Record<string, string>): Promise<void>;
  /** The viewport as painted, PNG. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** The source of a function with the one helper a TypeScript build adds to named inner functions (`__name`). */
export const functionSource = (fn: (...args: never[]) => unknown) => `(function () { var __name = function (f) { return f; }; return (${fn.toString()}); })()`;

/** The reader's own cookie format: URL parameters, percent-encoded (lib/preferences/cookie.ts). */
export const preferenceCookie = (prefs: Record<string, string>) => encodeURIComponent(new URLSearchParams(prefs).toString());

/**
 * In the page: the first element, shown on screen, that `target` names. A name is the element's aria-label, or its
 * text without the parts hidden from assistive technology (a button's ▶ icon), white space collapsed.
 */
export function findTarget(target: Target): Element | null {
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true') node.childNodes.forEach(walk);
    };
    walk(element);
    return parts.join('').replace(/\s+/g, ' ').trim();
  };
  const fits = (name: string) => {
    if (target.name === undefined) return true;
    if (target.match === 'start') return name.startsWith(target.name);
    if (target.match === 'contains') return name.includes(target.name);
    return name === target.name;
  };
  const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  return [...document.querySelectorAll(target.css)].find((element) => shown(element) && fits(nameOf(element))) ?? null;
}

export const describeTarget = (target: Target) => (target.name ? `${target.css} 「${target.name}」` : target.css);

/** Looks for `target` until it is shown (controls appear once their code or data has arrived), up to 15 s. */
export async function waitFor<E>(find: () => Promise<E | null>, target: Target, engine: string, where: () => Promise<string>): Promise<E> {
  const end = Date.now() + 15_000;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > end) throw new Error(`${engine}: no ${describeTarget(target)} on ${await where()} after 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

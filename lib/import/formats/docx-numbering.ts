import { formatNumber } from './docx-number-format';
import { W, child, children, isDeletedParagraph, isOn, value, type Styles } from './docx-xml';

/** A paragraph's number or bullet as Word shows it (mammoth leaves it out of the HTML). */
export type NumberLabel = {
  text: string;
  /** What stands between label and words when the label is set inline: Word's tab or space as one space. */
  separator: string;
  bold: boolean;
};

type Level = {
  start: number;
  format: string;
  text: string;
  /** `w:lvlRestart`: restart only after this (1-based) level or a higher one is used; 0 is never. */
  restartAfter?: number;
  /** `w:isLgl`: every number in the label in digits (「1.1」 under a 「第一章」 level). */
  legal: boolean;
  suffix: string;
  /** The paragraph style this level belongs to, for styles that carry their numbering (标题 1 numbered 「第一章」). */
  styleId?: string;
  bold: boolean;
  font?: string;
};
type Definition = { levels: Map<number, Level>; styleLink?: string };
type Override = { start?: number; level?: Level };
type Instance = { definitionId: string; overrides: Map<number, Override> };
type Counter = { values: (number | undefined)[]; started: Set<string> };

const LEVELS = 9;
// Word's own bullets are private-use characters of the Symbol and Wingdings fonts; a reader gets a plain bullet.
const SYMBOL_FONTS = /^(?:Symbol|Wingdings(?: [23])?|Webdings)$/i;
const PRIVATE_USE = /[\ue000-\uf8ff]/u;
const WIDE_PUNCTUATION_END = /[\u3000-\u303f\uff00-\uffef]$/u;

/**
 * Each numbered paragraph's label, counted as Word counts: paragraphs of all lists (w:num) that share a definition
 * (w:abstractNum) continue one count, unless a list overrides a level's start, which restarts that level at the
 * list's first paragraph; a level restarts whenever a higher one advances (or per `w:lvlRestart`).
 */
export function numberLabels(paragraphs: Element[], numbering: Document | undefined, styles: Styles): Map<Element, NumberLabel> {
  const labels = new Map<Element, NumberLabel>();
  if (!numbering) return labels;
  const byId = <T>(name: string, id: string, read: (element: Element) => T) =>
    new Map([...numbering.getElementsByTagNameNS(W, name)].map((element) => [element.getAttributeNS(W, id) ?? '', read(element)]));
  const definitions = byId('abstractNum', 'abstractNumId', readDefinition);
  const instances = byId('num', 'numId', readInstance);
  const counters = new Map<string, Counter>();

  /** The definition a list counts in, through a numbering style (`w:numStyleLink`) where it has one. */
  const definitionOf = (instance: Instance) => {
    const linkedList = styles.numberingStyle(definitions.get(instance.definitionId)?.styleLink ?? '');
    const definitionId = instances.get(linkedList ?? '')?.definitionId ?? instance.definitionId;
    const definition = definitions.get(definitionId);
    return definition && { definitionId, definition };
  };

  for (const paragraph of paragraphs) {
    if (isDeletedParagraph(paragraph)) continue;
    const reference = numberReference(paragraph, styles);
    const instance = reference && instances.get(reference.numId);
    const found = instance && definitionOf(instance);
    if (!reference || !instance || !found) continue;
    const levelOf = (i: number) => instance.overrides.get(i)?.level ?? found.definition.levels.get(i);
    const startOf = (i: number) => instance.overrides.get(i)?.start ?? levelOf(i)?.start ?? 0;
    const ilvl = reference.level ?? levelForStyle(found.definition, reference.styleId) ?? 0;
    const level = levelOf(ilvl);
    if (!level) continue;

    const counter = counters.get(found.definitionId) ?? { values: [], started: new Set<string>() };
    counters.set(found.definitionId, counter);
    if (!counter.started.has(reference.numId)) {
      counter.started.add(reference.numId);
      for (const overridden of instance.overrides.keys()) counter.values[overridden] = undefined;
    }
    const current = counter.values[ilvl];
    counter.values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter !== 0 && ilvl < restartAfter)) counter.values[deeper] = undefined;
    }

    const text =
      level.format === 'bullet'
        ? bullet(level)
        : level.text.replace(/%([1-9])/g, (_, place: string) => {
            const shown = Number(place) - 1;
            const format = level.legal ? 'decimal' : (levelOf(shown)?.format ?? 'decimal');
            return formatNumber(counter.values[shown] ?? startOf(shown), format);
          });
    if (text.trim() === '') continue;
    const separator = level.suffix === 'nothing' || WIDE_PUNCTUATION_END.test(text) ? '' : ' ';
    const markBold = isOn(child(child(child(paragraph, 'pPr'), 'rPr'), 'b'));
    labels.set(paragraph, { text, separator, bold: level.bold || markBold });
  }
  return labels;
}

/** Which list and level a paragraph is in: its own `w:numPr`, else its style's (or a style that style is based on). */
function numberReference(paragraph: Element, styles: Styles) {
  let numId: string | undefined;
  let level: string | undefined;
  for (const { properties } of styles.chain(paragraph)) {
    const numPr = child(properties, 'numPr');
    numId ??= value(numPr, 'numId');
    level ??= value(numPr, 'ilvl');
  }
  // numId 0 is how a paragraph says "no numbering" against its style.
  if (numId === undefined || numId === '0') return undefined;
  return { numId, level: level === undefined ? undefined : Number(level), styleId: value(child(paragraph, 'pPr'), 'pStyle') };
}

function levelForStyle(definition: Definition, styleId: string | undefined): number | undefined {
  for (const [ilvl, level] of definition.levels) if (styleId && level.styleId === styleId) return ilvl;
  return undefined;
}

function bullet(level: Level): string {
  return PRIVATE_USE.test(level.text) || SYMBOL_FONTS.test(level.font ?? '') ? '•' : level.text;
}

function readDefinition(element: Element): Definition {
  const levels = new Map(children(element, 'lvl').map((lvl) => [Number(lvl.getAttributeNS(W, 'ilvl') ?? 0), readLevel(lvl)]));
  return { levels, styleLink: value(element, 'numStyleLink') };
}

function readInstance(element: Element): Instance {
  const overrides = new Map<number, Override>(
    children(element, 'lvlOverride').map((override) => {
      const start = value(override, 'startOverride');
      const lvl = child(override, 'lvl');
      return [
        Number(override.getAttributeNS(W, 'ilvl') ?? 0),
        { start: start === undefined ? undefined : Number(start), level: lvl && readLevel(lvl) },
      ];
    }),
  );
  return { definitionId: value(element, 'abstractNumId') ?? '', overrides };
}

function readLevel(lvl: Element): Level {
  const restart = value(lvl, 'lvlRestart');
  const runProperties = child(lvl, 'rPr');
  return {
    // Where w:start is left out the count starts at 0 (ECMA-376 §17.9.25).
    start: Number(value(lvl, 'start') ?? 0),
    format: value(lvl, 'numFmt') ?? 'decimal',
    text: value(lvl, 'lvlText') ?? '',
    restartAfter: restart === undefined ? undefined : Number(restart),
    legal: isOn(child(lvl, 'isLgl')),
    suffix: value(lvl, 'suff') ?? 'tab',
    styleId: value(lvl, 'pStyle'),
    bold: isOn(child(runProperties, 'b')),
    font: child(runProperties, 'rFonts')?.getAttributeNS(W, 'ascii') ?? undefined,
  };
}

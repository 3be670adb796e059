import { findDate, type FoundDate } from './dates';
import type { Metadata } from './metadata';
import { isOrganisation } from './shape';
import type { Fact } from './source';
import type { ImportedDocument, Origins, Provenance } from './types';

type Cover = Pick<ImportedDocument, 'documentNumber' | 'issuer' | 'source' | 'published' | 'publishedTime'>;
type Candidate = { value: string | undefined } & Provenance;

const ISSUER_LABELS = ['发布机构', '发文机关', '发布单位', '发文单位', '所属机构'];
// The date it was made public comes before the date it was written: readers want when it was made public.
const PUBLIC_DATE_LABELS = ['发布日期', '发布时间', '公开日期'];
const WRITTEN_DATE_LABELS = ['成文日期', '发文日期', '印发日期'];

export type FactSources = {
  /** label → value, from the text's own metadata lines (「发布日期：2024年3月5日」). */
  lines: Metadata;
  /** The front end's facts: the page's <meta>, its 政府信息公开 table and info bar, the PDF's properties. */
  facts: Record<string, Fact>;
  closing: ImportedDocument['closing'];
  /** A 通知's own issuer and date, signed before the 办法 it issues. */
  signed?: { issuer?: string; date?: string };
  title: string;
  documentNumber?: string;
};

/**
 * Each cover fact from the first place that has it, recording where; a fact found nowhere is left out (the cover
 * shows what it has, and check-content asks the editor for it), never a reason to refuse the file.
 */
export function readFacts(sources: FactSources): { cover: Cover; origins: Origins } {
  const { lines, facts, closing, signed, title } = sources;
  const labelled = (label: string): Candidate =>
    lines[label]
      ? { value: lines[label], from: `the line 「${label}：…」` }
      : { value: facts[label]?.value || undefined, from: `${label} in ${facts[label]?.from}` };
  const beforeAbout = title.includes('关于') ? title.split('关于')[0] : '';
  const issuer = first([
    ...ISSUER_LABELS.map(labelled),
    { value: closing?.issuer, from: 'the closing' },
    { value: signed?.issuer, from: 'the notice’s closing, above the rule it issues' },
    { value: isOrganisation(beforeAbout) ? beforeAbout : undefined, from: 'the title, before 关于' },
    { ...labelled('来源'), guessed: true },
    { value: facts.site?.value, from: facts.site?.from ?? 'the site', guessed: true },
  ]);
  const dateCandidates: Candidate[] = [
    ...PUBLIC_DATE_LABELS.map(labelled),
    { value: facts.published?.value, from: facts.published?.from ?? 'the page' },
    ...WRITTEN_DATE_LABELS.map(labelled),
    { value: closing?.date?.text, from: 'the closing date' },
    { value: signed?.date, from: 'the notice’s date, above the rule it issues' },
  ];
  const dated = dateCandidates.map((candidate) => ({ candidate, date: candidate.value ? findDate(candidate.value) : undefined })).find(({ date }) => date?.iso);
  const documentNumber = first([
    { value: sources.documentNumber, from: 'the 文号 line above the text' },
    labelled('发文字号'),
    labelled('文号'),
  ]);
  const source = first([labelled('来源'), labelled('信息来源'), { value: facts.source?.value, from: facts.source?.from ?? 'the page' }]);
  const published: FoundDate | undefined = dated?.date;
  const cover: Cover = {
    ...(documentNumber && { documentNumber: documentNumber.value }),
    ...(issuer && { issuer: issuer.value }),
    ...(source && { source: source.value }),
    ...(published && { published: published.iso }),
    ...(published?.time && { publishedTime: published.time }),
  };
  const origins: Origins = {
    ...(documentNumber && { documentNumber: provenance(documentNumber) }),
    ...(issuer && { issuer: provenance(issuer) }),
    ...(source && { source: provenance(source) }),
    ...(dated && { published: provenance(dated.candidate) }),
  };
  return { cover, origins };
}

const first = (candidates: Candidate[]) => candidates.find((candidate) => candidate.value) as (Candidate & { value: string }) | undefined;
const provenance = ({ from, guessed }: Candidate): Provenance => ({ from, ...(guessed && { guessed }) });

/** The shape of one bibliography entry. */
export interface Citation {
  /** Authors as "Surname AB, Surname CD, et al." */
  authors: string;
  title: string;
  /** Journal or publisher, with volume and pages when known. */
  source: string;
  year: number;
  doi?: string;
  pmid?: string;
  /** Table, page or section the facts come from. */
  locator?: string;
  /** URL only for non-journal sources (labels, regulatory notices). */
  url?: string;
  /** Where the clinical-reference sheet marks the citation details themselves as unchecked. */
  note?: string;
  /** True when the reference marks the citation itself (authors, journal, volume, pages) UNVERIFIED
   * ([U] / (U)); `note` says which part. Surfaces show it as unverified. */
  unverified?: true;
}

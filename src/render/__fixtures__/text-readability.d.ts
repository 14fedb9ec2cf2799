/** Types for the untyped `text-readability` package (only what the readability tests use). */
declare module "text-readability" {
  interface Readability {
    fleschKincaidGrade(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
  }
  const readability: Readability;
  export default readability;
}

/** The Danish Snowball stemmer of @nlpjs/lang-da, which ships no types. */
declare module '@nlpjs/lang-da/src/stemmer-da.js' {
  export default class StemmerDa {
    constructor();
    stemWord(word: string): string;
  }
}

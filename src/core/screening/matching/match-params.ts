/** Every tuning constant of the matcher, in one object passed in (tests and the bench vary them). */
export type MatchParams = {
  /** score at or above which a pair is a hit */
  threshold: number;
  /** token similarity below which two tokens count as different */
  minTokenSimilarity: number;
  /** similarity given to an initial matching the first letter of a full token */
  initialSimilarity: number;
  /** weight of a legal-form token ("LLC", "GmbH") */
  legalFormWeight: number;
  /** weight of a stopword, title or name particle ("Mr", "the", "al", "bin") */
  stopwordWeight: number;
  /** weight of an initial ("J.") */
  initialWeight: number;
  /** weight of a number or roman numeral */
  numberWeight: number;
  /** penalty factor on the dissimilar part of fuzzily paired tokens */
  conflictPenalty: number;
  /** penalty factor on unpaired weight both sides have (a token that differs outright) */
  mismatchPenalty: number;
  /** factor on the fuzzy similarity of tokens of three letters or fewer */
  shortTokenFactor: number;
  /** penalty on extra weight when the shorter name has a single distinctive word ("Patricio" in "Patricio Nevarez") */
  singleWordExtraPenalty: number;
  /** similarity floor for two tokens with the same Soundex code and some letters in common */
  phoneticSimilarity: number;
  /** penalty factor on extra tokens only one side has, persons (middle names are often missing) */
  extraPenaltyPerson: number;
  /** penalty factor on extra tokens only one side has, companies and others */
  extraPenaltyOther: number;
  /** factor applied when no distinctive token matched (only legal forms, stopwords, numbers) */
  weakOnlyFactor: number;
  /** factor applied when the query's entity type and the candidate's differ */
  typeMismatchFactor: number;
  /** factor when one side is Chinese, Japanese or Korean script and the other is not (romanisation is lossy) */
  cjkTransliterationFactor: number;
  /** added when the query's country is among the entry's countries */
  countryBonus: number;
  /** IDF-derived weights are clamped to [minIdfWeight, maxIdfWeight] */
  minIdfWeight: number;
  maxIdfWeight: number;
  /** candidates (list names) fully scored per query */
  maxCandidates: number;
  /** vocabulary tokens a query token may expand to */
  maxExpansions: number;
  /** a posting list longer than this share of all names is skipped when the query has rarer tokens */
  commonTokenShare: number;
  /** … but never below this many names */
  commonTokenFloor: number;
  /** similarity of a word to one romanised from Arabic or Hebrew script with the same consonant skeleton */
  vowellessSimilarity: number;
  /** factor when one side is Arabic or Hebrew script and the other is not (its vowels are unwritten) */
  vowellessFactor: number;
  /** … when that skeleton has only two consonants */
  shortSkeletonSimilarity: number;
  /** … and of a two-letter romanised word to a Latin spelling that is it with its short vowels put back ("th" / "Taha") */
  alignedShortSimilarity: number;
  /** a non-Latin alias loses ties within this margin against a Latin one for a Latin query */
  scriptTieMargin: number;
};

export const DEFAULT_MATCH_PARAMS: MatchParams = Object.freeze({
  threshold: 0.7,
  minTokenSimilarity: 0.6,
  initialSimilarity: 0.8,
  legalFormWeight: 0.25,
  stopwordWeight: 0.15,
  initialWeight: 0.35,
  numberWeight: 0.3,
  conflictPenalty: 1.5,
  mismatchPenalty: 2.5,
  phoneticSimilarity: 0.75,
  shortTokenFactor: 0.85,
  singleWordExtraPenalty: 1,
  extraPenaltyPerson: 0.35,
  extraPenaltyOther: 0.55,
  weakOnlyFactor: 0.3,
  typeMismatchFactor: 0.8,
  countryBonus: 0.05,
  cjkTransliterationFactor: 0.88,
  minIdfWeight: 0.3,
  maxIdfWeight: 1.6,
  maxCandidates: 8,
  maxExpansions: 6,
  commonTokenShare: 0.005,
  commonTokenFloor: 200,
  scriptTieMargin: 0.15,
  vowellessSimilarity: 1,
  vowellessFactor: 0.92,
  shortSkeletonSimilarity: 0.85,
  alignedShortSimilarity: 0.95,
});

package io.github.sitrep.parser.internal.statement;

/**
 * One row of the reporting-verb lexicon.
 *
 * @param lemma the base form
 * @param kind what the cue does
 * @param addressee whether an addressee follows the verb ("told Rudaw English")
 * @param requires when the cue counts
 */
public record ReportingVerb(String lemma, CueKind kind, boolean addressee,
    Requirement requires) {}

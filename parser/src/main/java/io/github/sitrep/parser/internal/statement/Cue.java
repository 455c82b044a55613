package io.github.sitrep.parser.internal.statement;

/**
 * A reporting cue found in the text.
 *
 * @param verb its lexicon row
 * @param from its first token
 * @param to the token past its last
 */
record Cue(ReportingVerb verb, int from, int to) {}

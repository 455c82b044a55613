package io.github.sitrep.parser.internal.time;

/**
 * A date expression found over a run of tokens.
 *
 * @param first the index of its first token
 * @param last the index of its last token
 * @param meaning what it says
 */
record DateMatch(int first, int last, DateMeaning meaning) {}

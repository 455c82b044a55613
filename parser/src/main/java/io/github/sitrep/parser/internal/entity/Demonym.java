package io.github.sitrep.parser.internal.entity;

import java.util.Optional;

/**
 * A demonym as the recogniser uses it.
 *
 * @param surface the word: "Iraqi"
 * @param country its country's ISO code, if it has one
 * @param group the group it names when it is not a country's, if given
 */
record Demonym(String surface, Optional<String> country, Optional<String> group) {}

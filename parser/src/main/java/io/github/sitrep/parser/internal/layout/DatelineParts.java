package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.Optional;

/**
 * The parts of a dateline such as "ERBIL, Kurdistan Region —" or "BAMAKO (Reuters) –".
 *
 * @param raw the whole dateline up to and including its dash
 * @param place the place words ("ERBIL, Kurdistan Region")
 * @param date the date inside the dateline ("Jan. 13, 2017"), if any
 * @param agency the agency in brackets ("Reuters", "AP"), if any
 */
public record DatelineParts(Span raw, Span place, Optional<Span> date, Optional<Span> agency) {}

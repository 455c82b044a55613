package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.lexicon.LexiconEntry;

/**
 * One way a lexicon entry is written.
 *
 * @param entry the entry
 * @param text the surface form
 * @param ambiguous whether the form needs support from the rest of the text ("IS")
 */
record Surface(LexiconEntry entry, String text, boolean ambiguous) {}

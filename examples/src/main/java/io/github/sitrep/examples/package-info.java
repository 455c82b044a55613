/**
 * Small programs that show how to use sitrep, each with a {@code main} and each run by a
 * test: {@link io.github.sitrep.examples.ParseAndSummarize}, {@link
 * io.github.sitrep.examples.ParseFolderInParallel}, {@link
 * io.github.sitrep.examples.EventsToAcledCsv} and {@link
 * io.github.sitrep.examples.CustomLexicon}; {@link
 * io.github.sitrep.examples.SeedArticleByHand} builds the model of the seed article with the
 * builders, validates it and prints its JSON.
 */
package io.github.sitrep.examples;

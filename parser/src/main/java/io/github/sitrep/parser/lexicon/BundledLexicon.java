package io.github.sitrep.parser.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the lexicon files shipped in the jar, once. */
final class BundledLexicon {

  /** The bundled files, in the order they are read; files not in the jar are skipped. */
  static final List<String> FILES = List.of("countries.tsv", "regions.tsv", "cities.tsv",
      "forces.tsv", "organisations.tsv", "titles.tsv", "demonyms-extra.tsv");

  private BundledLexicon() {}

  static Lexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Lexicon INSTANCE = load();
  }

  private static Lexicon load() {
    Lexicon.Builder builder = Lexicon.builder();
    for (String file : FILES) {
      readInto(file, builder);
    }
    return builder.build();
  }

  private static void readInto(String file, Lexicon.Builder builder) {
    InputStream in = BundledLexicon.class.getResourceAsStream(file);
    if (in == null) {
      return;
    }
    String source = "bundled " + file;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      builder.source(source);
      LexiconReader.read(reader, source, builder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }
}

package io.github.sitrep.cli;

import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.lexicon.Lexicon;
import io.github.sitrep.parser.lexicon.LexiconFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --lexicon} option: user lexicon files added to the bundled ones. */
final class LexiconOptions {

  @Option(names = "--lexicon", paramLabel = "FILE", split = ",",
      description = "A lexicon file (docs/lexicons.md) added to the bundled lexicons;"
          + " repeat it or separate files with commas.")
  List<Path> files = new ArrayList<>();

  /**
   * Adds the lexicon files to a parser builder.
   *
   * @param builder the builder
   * @param spec the command, for error messages
   * @return the builder
   * @throws ParameterException if a file cannot be read or is not a lexicon
   */
  ArticleParser.Builder addTo(ArticleParser.Builder builder, CommandSpec spec) {
    for (Path file : files) {
      try {
        builder.addLexicon(Lexicon.read(file));
      } catch (IOException | LexiconFormatException e) {
        throw new ParameterException(spec.commandLine(), "--lexicon: " + Messages.of(e), e);
      }
    }
    return builder;
  }
}

package io.github.sitrep.cli;

import io.github.sitrep.model.Ids;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep parse}: reads articles and writes them in one of the output formats. */
@Command(name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Parses articles (UTF-8 text, headline on the first line) and writes what was read.",
      "A folder is read for its .txt files; - reads standard input.",
      "One article goes to standard output as pretty JSON; several as JSON Lines."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was parsed",
      "1:an article could not be read or parsed (the others were written)",
      "2:usage error"})
final class ParseCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private Debug debug;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Articles to parse.")
  private List<String> inputs;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date; relative dates (\"on Sunday\") are resolved against it.")
  private LocalDate published;

  @Option(names = "--source", paramLabel = "NAME", description = "The outlet, e.g. \"Rudaw English\".")
  private String source;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description = "One of: ${COMPLETION-CANDIDATES}. Default: json for one article, jsonl for several.")
  private OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "Write to this file, or one file per article into this folder"
          + " (an existing folder, or a name ending in /). Default: standard output.")
  private String output;

  @Mixin
  private LexiconOptions lexicons;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Refuse articles longer than N characters. Default: ${DEFAULT-VALUE}.")
  private int maxChars = ArticleParser.DEFAULT_MAX_INPUT_CHARS;

  @Override
  public Integer call() throws IOException {
    if (maxChars <= 0) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be positive: " + maxChars);
    }
    ArticleParser parser = lexicons.addTo(ArticleParser.builder().maxInputChars(maxChars), spec).build();
    ParseRun run = new ParseRun(spec.commandLine().getErr(), debug.debug);
    List<Input> files = Inputs.expand(inputs, Inputs.TEXT, run::fail);
    if (files.isEmpty()) {
      return 1;
    }
    boolean folder = output != null && isFolder(output);
    OutputFormat chosen = chooseFormat(files.size(), folder);
    try (Destination destination = open(chosen, folder)) {
      return run.parseAll(files, parser, this::metadata, destination,
          new ArticleReader(maxChars, System.in), Progress.interactive());
    }
  }

  private static boolean isFolder(String path) {
    return path.endsWith("/") || path.endsWith(File.separator) || Files.isDirectory(Paths.get(path));
  }

  private OutputFormat chooseFormat(int articles, boolean folder) {
    if (format == null) {
      return articles == 1 || folder ? OutputFormat.JSON : OutputFormat.JSONL;
    }
    if (format == OutputFormat.JSON && articles > 1 && !folder) {
      throw new ParameterException(spec.commandLine(), "--format json holds one article, and "
          + articles + " were given; use --format jsonl, or --output DIR/ for one file each");
    }
    return format;
  }

  private Destination open(OutputFormat chosen, boolean folder) throws IOException {
    if (output == null) {
      return Destination.stdout(spec.commandLine().getOut(), chosen);
    }
    Path path = Paths.get(output);
    return folder ? Destination.folder(path, chosen) : Destination.file(path, chosen);
  }

  private ArticleMetadata metadata(Input input) {
    Optional<String> id = input.path().map(p -> input.stem()).map(s -> Ids.isValid(s) ? s : Ids.slug(s));
    return ArticleMetadata.builder()
        .id(id)
        .published(Optional.ofNullable(published))
        .source(Optional.ofNullable(source))
        .build();
  }
}

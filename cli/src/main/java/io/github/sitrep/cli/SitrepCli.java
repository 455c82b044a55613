package io.github.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code sitrep} command: parses, validates and evaluates conflict news articles.
 *
 * <pre>
 * sitrep parse seeds/000_d761ccc542c0aeb6.txt --published 2017-12-11
 * sitrep parse articles/ --format acled-csv --output events.csv
 * sitrep validate article.json
 * </pre>
 *
 * <p>Exit codes: 0 when everything worked, 1 when a file failed or an error-level issue was
 * found, 2 for a usage error.
 */
@Command(name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads English conflict and security news articles into a typed, validated model.",
    subcommands = {ParseCommand.class, ValidateCommand.class, EvalCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Run 'sitrep COMMAND --help' for a command's options."})
public final class SitrepCli implements Runnable {

  /** Hibernate Validator announces its version at INFO level; the tool's output is for its results. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @Spec
  private CommandSpec spec;

  @Mixin
  private Debug debug;

  /** Creates the top-level command; picocli calls this. */
  public SitrepCli() {
    // no state of its own
  }

  @Override
  public void run() {
    String commands = String.join(", ", spec.subcommands().keySet());
    throw new ParameterException(spec.commandLine(), "missing command; one of: " + commands);
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line without exiting.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SitrepCli());
    cli.setOut(out).setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new ErrorHandler(Debug.requested(args)));
    return cli.execute(args);
  }
}

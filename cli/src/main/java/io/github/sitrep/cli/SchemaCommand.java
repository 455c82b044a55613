package io.github.sitrep.cli;

import io.github.sitrep.export.ArticleSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep schema}: prints the JSON Schema of the article JSON. */
@Command(name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the JSON Schema (draft 2020-12) of the article JSON that parse writes.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private Debug debug;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ArticleSchema.json());
    spec.commandLine().getOut().flush();
    return 0;
  }
}

/**
 * The {@code sitrep} command line: {@link io.github.sitrep.cli.SitrepCli} and its
 * subcommands. Run {@code sitrep --help} for the list; docs/cli.md describes each command.
 */
package io.github.sitrep.cli;

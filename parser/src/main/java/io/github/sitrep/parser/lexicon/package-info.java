/**
 * Lexicons: the general knowledge the parser looks names up in (countries and demonyms,
 * regions, cities, armed forces, organisations, titles and ranks), read from documented
 * tab-separated files. {@link io.github.sitrep.parser.lexicon.Lexicon#bundled()} holds the
 * files shipped in the jar; {@link io.github.sitrep.parser.lexicon.Lexicon#read(java.nio.file.Path)}
 * reads a user's file in the same format.
 *
 * <h2>File format</h2>
 * UTF-8 text, one record a line, fields separated by tabs. Blank lines and lines starting
 * with {@code #} are ignored. The first other line is the header, which names the columns
 * and tells what the file holds:
 * <ul>
 *   <li>entities: {@code id type kind name aliases country parent attributes}. {@code type}
 *       is {@code PLACE}, {@code FORCE} or {@code ORGANISATION}; {@code kind} is a
 *       {@link io.github.sitrep.model.PlaceKind}, a {@link io.github.sitrep.model.ForceKind}
 *       or an {@link io.github.sitrep.parser.lexicon.OrganisationKind} name; {@code aliases}
 *       are separated by {@code |}; {@code country} is an ISO 3166-1 alpha-2 code;
 *       {@code parent} is the id of the containing place or of the larger force;
 *       {@code attributes} are {@code key=value} pairs separated by {@code ;}
 *       ({@code demonyms=Iraqi|Iraqis}, {@code acronym=SDF}, {@code backers=US},
 *       {@code lat=36.19;lon=44.01}, {@code ambiguous=IS} for surface forms that need
 *       support from the rest of the text).</li>
 *   <li>titles: {@code surface kind canonical}, kind one of
 *       {@link io.github.sitrep.parser.lexicon.TitleKind}.</li>
 *   <li>demonyms: {@code surface group country}.</li>
 * </ul>
 *
 * <p>Arguments are never {@code null}; results never contain {@code null}. All types are
 * immutable and thread-safe.
 */
@SitrepStyle
package io.github.sitrep.parser.lexicon;

import io.github.sitrep.model.SitrepStyle;

package io.github.sitrep.json;

import io.github.sitrep.model.Article;

/** The schema versions this reader accepts: those of its own major version. */
final class SchemaVersions {

  private SchemaVersions() {}

  static String major(String version) {
    int dot = version.indexOf('.');
    return dot < 0 ? version : version.substring(0, dot);
  }

  static void check(String version) {
    if (!major(version).equals(major(Article.SCHEMA_VERSION))) {
      throw new ArticleJsonException("version '" + version + "' is not supported; this reader "
          + "reads versions " + major(Article.SCHEMA_VERSION) + ".x", "schemaVersion", -1, -1, null);
    }
  }
}

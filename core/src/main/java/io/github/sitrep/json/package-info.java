/** The article JSON: reading and writing sitrep's interchange format. */
package io.github.sitrep.json;

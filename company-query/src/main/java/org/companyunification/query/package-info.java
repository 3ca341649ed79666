/**
 * Typed, read-only queries over the unified schema. Every query returns immutable views (records), never
 * managed entities, and takes a {@link org.companyunification.query.PageRequest} where a result can be long.
 * Implementation classes live in {@code org.companyunification.query.internal}, which other modules do not use.
 */
package org.companyunification.query;

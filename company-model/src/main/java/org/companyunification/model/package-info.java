/**
 * The unified company model: the exception root and error codes shared by every module. Entities live in the
 * feature packages below this one: {@code reference} (projects, personnel), {@code legacy} (the legacy tables),
 * {@code company} (the unified model and its write API) and {@code origin} (backfill runs and where unified rows
 * came from); {@link org.companyunification.model.persistence} boots Hibernate on them and the schema migrations
 * are in {@link org.companyunification.model.schema}.
 */
package org.companyunification.model;

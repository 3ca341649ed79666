/**
 * Internals of the unified model: the Hibernate integration, registered through {@code META-INF/services}, that
 * keeps the database in step with the affiliation rules (at most one current primary affiliation per person).
 * Other modules do not import this package.
 */
package org.companyunification.model.company.internal;

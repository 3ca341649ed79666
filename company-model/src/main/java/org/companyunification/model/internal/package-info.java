/**
 * Internals of the model jar shared by its packages: argument checks and timestamps of the entities, table
 * lookups for error messages, and the default level of Hibernate's start-up report. Other modules do not import
 * this package.
 */
package org.companyunification.model.internal;

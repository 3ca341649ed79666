/**
 * Internals of the schema migrations: how the Flyway instances of the library log. Other modules do not import
 * this package.
 */
package org.companyunification.model.schema.internal;

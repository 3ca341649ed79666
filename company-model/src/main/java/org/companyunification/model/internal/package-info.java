/**
 * Internals of the model jar: argument checks shared by the entities and the Hibernate integration that keeps
 * the database in step with the affiliation rules. Other modules do not import this package.
 */
package org.companyunification.model.internal;

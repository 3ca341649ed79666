/**
 * Boots Hibernate on the model's entities: {@link org.companyunification.model.persistence.CompanyPersistence}
 * builds an entity manager factory, validated against the migrated schema, with or without the legacy tables.
 */
package org.companyunification.model.persistence;

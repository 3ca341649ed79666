/**
 * The legacy schema as production holds it: the six role-specific company tables ({@link
 * org.companyunification.model.legacy.TechnologyVendor}, {@link org.companyunification.model.legacy.OwnerDeveloper},
 * {@link org.companyunification.model.legacy.Operator}, {@link org.companyunification.model.legacy.Constructor},
 * {@link org.companyunification.model.legacy.Offtaker}, {@link org.companyunification.model.legacy.Client}),
 * the five {@code project_*_relationships} tables and {@code personnel_entity_relationships}. The library reads
 * them for the backfill and writes them during dual-write; values are kept verbatim, and relationship rows hold
 * plain ids because the tables declare no foreign keys. Ids are assigned, never generated.
 */
package org.companyunification.model.legacy;

/**
 * The unified company model: the exception root and error codes shared by every module. Entities live in the
 * feature packages below this one; the schema migrations in {@link org.companyunification.model.schema}.
 */
package org.companyunification.model;

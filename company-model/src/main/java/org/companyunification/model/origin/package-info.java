/**
 * Where unified rows came from: backfill runs ({@link org.companyunification.model.origin.BackfillRun}) and the
 * record of which legacy row became which company, role assignment or affiliation ({@link
 * org.companyunification.model.origin.CompanyOrigin}, {@link org.companyunification.model.origin.AssignmentOrigin},
 * {@link org.companyunification.model.origin.AffiliationOrigin}), keyed by the legacy row ({@link
 * org.companyunification.model.origin.OriginKey}). This package depends on the unified model; the unified model
 * does not depend on it and names runs by id.
 */
package org.companyunification.model.origin;

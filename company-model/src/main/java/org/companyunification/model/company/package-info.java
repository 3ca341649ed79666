/**
 * The unified company model and its write API. {@link org.companyunification.model.company.Company} is the
 * aggregate root: roles ({@link org.companyunification.model.company.RoleAssignment}), the client profile
 * ({@link org.companyunification.model.company.ClientProfile}), affiliations of people ({@link
 * org.companyunification.model.company.PersonAffiliation}) and links to other companies ({@link
 * org.companyunification.model.company.CompanyLink}) change only through its methods, which refuse changes
 * that break the model's rules with a {@link org.companyunification.model.CompanyUnificationException}. The
 * value types ({@link org.companyunification.model.company.RoleCode}, {@link
 * org.companyunification.model.company.NameKey}, ...) check themselves when created.
 */
package org.companyunification.model.company;

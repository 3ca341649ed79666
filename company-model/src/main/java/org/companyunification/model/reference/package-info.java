/**
 * The shared reference tables that both the legacy and the unified schema use: {@link
 * org.companyunification.model.reference.Project} ({@code projects}) and {@link
 * org.companyunification.model.reference.Person} ({@code personnel}). Their ids are assigned by the systems that
 * own them, never generated here.
 */
package org.companyunification.model.reference;

/**
 * Legacy-to-unified dual-write for applications on the library's legacy entities: a Hibernate integrator, found
 * through {@code META-INF/services}, that registers the entity listeners when the setting
 * {@link org.companyunification.sync.DualWrite#LEGACY_TO_UNIFIED_SETTING} is on. Applications do not call these
 * classes; they switch the setting on.
 */
package org.companyunification.sync.dualwrite;

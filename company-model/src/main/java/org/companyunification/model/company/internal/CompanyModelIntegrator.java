package org.companyunification.model.company.internal;

import org.companyunification.model.company.PersonAffiliation;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers the model's Hibernate listeners with every session factory that maps {@link PersonAffiliation},
 * whether built by {@link org.companyunification.model.persistence.CompanyPersistence} or by an application that lists the
 * entity classes in its own persistence unit. Hibernate finds it through {@code META-INF/services}.
 */
public final class CompanyModelIntegrator implements Integrator {

    /** Creates the integrator; Hibernate does. */
    public CompanyModelIntegrator() {}

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        if (metadata.getEntityBinding(PersonAffiliation.class.getName()) == null) {
            return;
        }
        CurrentPrimaryAffiliationGuard guard = new CurrentPrimaryAffiliationGuard();
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.PRE_INSERT, guard);
        listeners.appendListeners(EventType.PRE_UPDATE, guard);
    }
}

package org.companyunification.sync;

import java.util.Locale;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.Company;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers unified-to-legacy dual-write ({@link ReverseSync}) with every session factory that maps {@link Company}
 * and has the property {@value ReverseSync#UNIFIED_TO_LEGACY} set to {@code true}. Hibernate finds it through
 * {@code META-INF/services}; applications do not use it directly.
 */
public final class ReverseSyncIntegrator implements Integrator {

    private static final Logger LOG = LoggerFactory.getLogger(ReverseSyncIntegrator.class);

    /** Creates the integrator; Hibernate does. */
    public ReverseSyncIntegrator() {}

    /**
     * Registers the listeners when the setting is on.
     *
     * @param metadata the mapping
     * @param bootstrapContext the bootstrap context
     * @param sessionFactory the session factory being built
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the setting is neither
     *     {@code true} nor {@code false}
     */
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        if (!enabled(sessionFactory.getProperties().get(ReverseSync.UNIFIED_TO_LEGACY))
                || metadata.getEntityBinding(Company.class.getName()) == null) {
            return;
        }
        LOG.debug("Unified-to-legacy dual-write is on ({}=true)", ReverseSync.UNIFIED_TO_LEGACY);
        ReverseSyncListener listener = new ReverseSyncListener();
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, listener);
        listeners.appendListeners(EventType.POST_UPDATE, listener);
        listeners.appendListeners(EventType.PRE_DELETE, listener);
        listeners.appendListeners(EventType.POST_DELETE, listener);
    }

    static boolean enabled(Object value) {
        if (value == null) {
            return false;
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The property "
                + ReverseSync.UNIFIED_TO_LEGACY + " is '" + value + "': set it to true or false");
    }
}

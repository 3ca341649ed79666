package org.companyunification.sync.dualwrite;

import org.companyunification.model.legacy.TechnologyVendor;
import org.companyunification.sync.DualWrite;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the legacy-to-unified listeners with a session factory whose setting
 * {@link DualWrite#LEGACY_TO_UNIFIED_SETTING} is {@code true} and that maps the legacy entities. Hibernate finds
 * it through {@code META-INF/services}; with the setting off (the default) it registers nothing.
 */
public final class LegacyToUnifiedIntegrator implements Integrator {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyToUnifiedIntegrator.class);

    /** Creates the integrator; Hibernate does. */
    public LegacyToUnifiedIntegrator() {}

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        Object setting = sessionFactory.getServiceRegistry().requireService(ConfigurationService.class)
                .getSettings().get(DualWrite.LEGACY_TO_UNIFIED_SETTING);
        if (!enabled(setting)) {
            return;
        }
        if (metadata.getEntityBinding(TechnologyVendor.class.getName()) == null) {
            LOG.warn("{} is on, but this persistence unit does not map the legacy entities: nothing to listen to",
                    DualWrite.LEGACY_TO_UNIFIED_SETTING);
            return;
        }
        LegacyChangeListener listener = new LegacyChangeListener();
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, listener);
        listeners.appendListeners(EventType.POST_UPDATE, listener);
        listeners.appendListeners(EventType.POST_DELETE, listener);
        LOG.debug("Legacy-to-unified dual-write is on");
    }

    private static boolean enabled(Object setting) {
        if (setting == null) {
            return false;
        }
        String text = setting.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (!text.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(DualWrite.LEGACY_TO_UNIFIED_SETTING + " must be true or false, not '"
                    + text + "'");
        }
        return false;
    }
}

package org.companyunification.query.shadow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The logger of the default shadow read listener. */
final class ShadowLog {

    private static final Logger LOG = LoggerFactory.getLogger(ShadowLog.class.getPackageName());

    private ShadowLog() {}

    static void mismatch(ShadowMismatch mismatch) {
        LOG.warn("{}", mismatch.describe());
    }

    static void failed(ShadowQuestion question, RuntimeException error) {
        LOG.warn("shadow read of {} failed; the caller got the unified answer", question, error);
    }
}

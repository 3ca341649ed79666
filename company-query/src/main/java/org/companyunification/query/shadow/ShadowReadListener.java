package org.companyunification.query.shadow;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Hears what shadow reads find. Called on the thread that asked the question, after the unified answer has been
 * read and before it is returned; whatever the listener throws is logged and dropped, so the caller's result
 * never changes. {@link #logging()} is the default: it logs each mismatch at {@code WARN} through SLF4J.
 */
@FunctionalInterface
public interface ShadowReadListener {

    /**
     * Hears one mismatch: one role in one context where the legacy and the unified answers disagree.
     *
     * @param mismatch the mismatch, with the ids involved
     */
    void mismatch(ShadowMismatch mismatch);

    /**
     * Hears that the legacy read failed; the caller still gets the unified answer. The default logs it at {@code
     * WARN}.
     *
     * @param question the question whose legacy read failed
     * @param error what the database or the mapping threw
     */
    default void failed(ShadowQuestion question, RuntimeException error) {
        ShadowLog.failed(question, error);
    }

    /**
     * Returns a listener that tells this one, then the other.
     *
     * @param other the listener told second
     * @return the pair
     * @throws NullPointerException when the other listener is {@code null}
     */
    default ShadowReadListener andThen(ShadowReadListener other) {
        checkNotNull(other, "listener must not be null");
        ShadowReadListener first = this;
        return new ShadowReadListener() {
            @Override
            public void mismatch(ShadowMismatch mismatch) {
                first.mismatch(mismatch);
                other.mismatch(mismatch);
            }

            @Override
            public void failed(ShadowQuestion question, RuntimeException error) {
                first.failed(question, error);
                other.failed(question, error);
            }
        };
    }

    /**
     * Returns the default listener: it logs each mismatch ({@link ShadowMismatch#describe()}) and each failed
     * legacy read at {@code WARN} on the logger {@code org.companyunification.query.shadow}.
     *
     * @return the logging listener
     */
    static ShadowReadListener logging() {
        return ShadowLog::mismatch;
    }
}

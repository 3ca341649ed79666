package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.sqm.tree.expression.JpaCriteriaParameter;

/**
 * Criteria queries built once per entity manager factory and reused by every call. Each query of a shape is
 * built with parameters in place of the caller's values, so Hibernate finds the same statement in its query plan
 * cache and translates it to SQL once; a criteria query built afresh per call, with its values bound inline, is
 * translated again on every call. The queries are never changed after they are built, so sessions on several
 * threads use them at once. A factory's queries are dropped when it closes.
 */
final class Prepared {

    private static final Map<SessionFactoryImplementor, Map<Object, CriteriaQuery<?>>> BY_FACTORY =
            new ConcurrentHashMap<>();

    private Prepared() {}

    /**
     * Returns the query of a shape, building it on first use.
     *
     * @param em an entity manager of the factory the query is for
     * @param shape what tells the query apart from the factory's other queries: equal shapes, equal queries
     * @param build builds the query, with named parameters for every value a call varies
     * @param <T> the result type
     * @return the query, shared; bind its parameters on the {@code TypedQuery} made from it
     */
    @SuppressWarnings("unchecked")
    static <T> CriteriaQuery<T> query(EntityManager em, Object shape,
            Function<CriteriaBuilder, CriteriaQuery<T>> build) {
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        Map<Object, CriteriaQuery<?>> queries = BY_FACTORY.get(factory);
        if (queries == null) {
            queries = BY_FACTORY.computeIfAbsent(factory, Prepared::forgetOnClose);
        }
        CriteriaQuery<?> query = queries.get(shape);
        if (query == null) {
            query = queries.computeIfAbsent(shape, s -> build.apply(em.getCriteriaBuilder()));
        }
        return (CriteriaQuery<T>) query;
    }

    /**
     * Returns a parameter that takes one value. Hibernate lets a criteria parameter of a type it has no basic type
     * for (an enum stored through an {@code AttributeConverter}, such as {@code RoleCode}) take a list of values
     * too, and never caches the plan of a query with such a parameter: the query would be translated to SQL again
     * on every call. Every parameter of a prepared query is made here.
     *
     * @param cb the criteria builder
     * @param type the type of the value
     * @param name the parameter's name
     * @param <T> the type of the value
     * @return the parameter
     */
    static <T> ParameterExpression<T> parameter(CriteriaBuilder cb, Class<T> type, String name) {
        ParameterExpression<T> parameter = cb.parameter(type, name);
        if (parameter instanceof JpaCriteriaParameter<T> criteriaParameter) {
            criteriaParameter.disallowMultiValuedBinding();
        }
        return parameter;
    }

    private static Map<Object, CriteriaQuery<?>> forgetOnClose(SessionFactoryImplementor factory) {
        factory.addObserver(new SessionFactoryObserver() {
            @Override
            public void sessionFactoryClosed(SessionFactory closed) {
                BY_FACTORY.remove(factory);
            }
        });
        return new ConcurrentHashMap<>();
    }
}

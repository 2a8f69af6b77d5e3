package org.vigil.stats.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.stats.domain.NodeStart;
import org.vigil.stats.domain.NodeStartRepository;

@ApplicationScoped
public class JpaNodeStartRepository implements NodeStartRepository {

    @PersistenceContext(unitName = "stats")
    private EntityManager em;

    @Override
    public void store(NodeStart start) {
        em.persist(start);
    }

    @Override
    public Optional<NodeStart> latest(String nodeName) {
        return em.createQuery("select s from NodeStart s where s.nodeName = :node order by s.startedAt desc, s.id desc",
                        NodeStart.class)
                .setParameter("node", nodeName)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long countFor(String nodeName) {
        return em.createQuery("select count(s) from NodeStart s where s.nodeName = :node", Long.class)
                .setParameter("node", nodeName)
                .getSingleResult();
    }
}

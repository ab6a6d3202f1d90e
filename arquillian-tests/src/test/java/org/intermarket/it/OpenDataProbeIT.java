package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Runs inside the server: counts the statements a page of the OCDS feed costs with Hibernate's statistics. */
class OpenDataProbeIT extends ProbeTest {

    private static final Logger LOG = Logger.getLogger(OpenDataProbeIT.class.getName());

    /**
     * The page's events; the needs; their timelines; item names; standing bids; contracts; amendments; rounds; awards;
     * organisations; abnormally low bids, and their decisions; the offices' decisions on the needs (issue 19).
     */
    private static final int MOST = 12;

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(OpenDataProbeIT.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void aPageOfTheFeedCostsAFewStatementsWhateverItsSize() throws NamingException {
        Statistics statistics = ((EntityManagerFactory) new InitialContext().lookup("java:global/intermarket/EntityManagerFactory"))
                .unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long small = statementsFor("/api/v1/opendata/releases?size=5", statistics);
            long large = statementsFor("/api/v1/opendata/releases?size=1000", statistics);
            LOG.info(() -> "feed statements: size 5 → " + small + ", size 1000 → " + large);
            assertTrue(small <= MOST && large <= MOST, small + " and " + large + " statements; no statement per need or release");
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private static long statementsFor(String path, Statistics statistics) {
        return Statements.of(path, statistics, reply -> { });
    }
}

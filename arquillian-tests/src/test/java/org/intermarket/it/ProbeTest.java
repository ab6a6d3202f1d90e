package org.intermarket.it;

import jakarta.annotation.Resource;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs inside the server beside the application, in a small probe WAR of its own:
 * it reaches the database with plain JDBC (and Hibernate's statistics), calls the API over
 * HTTP like any client, and moves the market's clock through the management interface
 * ({@link TestClock}). Subclasses declare the probe with {@link #probe(Class)}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ProbeTest {

    @Resource(lookup = "java:comp/DefaultDataSource")
    protected DataSource dataSource;

    @Deployment(name = "application", order = 1, testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    static WebArchive probe(Class<? extends ProbeTest> test) {
        return ShrinkWrap.create(WebArchive.class, test.getSimpleName() + "-probe.war")
                .addClasses(test, ProbeTest.class, Api.class, Api.Reply.class, Api.DemoSession.class, Problems.class, Registrations.class,
                        CreditCodes.class, Agencies.class, Agencies.Agency.class, Deployments.class, Rows.class, Market.class, Market.Owner.class, Statements.class,
                        TestClock.class, Management.class, FastMarket.class)
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.hibernate, org.jboss.as.controller-client, org.jboss.dmr\n"));
    }
}

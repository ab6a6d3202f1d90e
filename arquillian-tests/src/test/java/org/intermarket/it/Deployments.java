package org.intermarket.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, deployed as it is: the system under test. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("intermarket.ear", "../ear/target/intermarket.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}

package org.intermarket.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, deployed as it is: the system under test. */
public final class Deployments {

    private Deployments() {
    }

    private static final File EAR = new File(System.getProperty("intermarket.ear", "../ear/target/intermarket.ear"));

    /** The application's deployment name, by which {@link SharedApplication} knows it. */
    static final String APPLICATION_NAME = EAR.getName();

    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR);
    }
}

package org.intermarket.it;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.StopContainer;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * The application deployed once for the whole suite instead of once per test class: deploying and undeploying the EAR
 * cost each class about as long as its tests took. The first class that asks for the application ({@link
 * Deployments#application()}) deploys it; every later one finds it deployed, and the class's end leaves it there. It is
 * undeployed when the suite stops the server. What a class deploys beside it (a probe WAR) is deployed and undeployed
 * per class as before; a class marked {@link FreshApplication} gets a deployment of its own, made after the suite's is
 * taken down and undeployed at the class's end, so the next class deploys the suite's anew.
 * <p>
 * Tests therefore share the application's memory (sign-in throttle, caches) as they always shared its database and
 * its clock: none may count on what an earlier class left, or on nothing being left.
 * <p>
 * Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}; client side only.
 */
public final class SharedApplication implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /**
     * Wraps the container's own deploy and undeploy of the application (inside the deployment context that Arquillian
     * activates around them, hence the low precedence), and undeploys it before the server stops.
     */
    public static final class Deployer {

        /** Inside the deployment context (precedence 0), outside nothing that does the work. */
        private static final int INSIDE_CONTEXTS = -100;

        @Inject
        private Instance<TestClass> testClass;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionInContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentInContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaDataInContext;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        /** The deployment that put the application on the server and still stands, with where and what it answered. */
        private Deployment shared;
        private Container container;
        private ProtocolMetaData protocolMetaData;

        public void deploy(@Observes(precedence = INSIDE_CONTEXTS) EventContext<DeployDeployment> context) {
            DeployDeployment event = context.getEvent();
            Deployment deployment = event.getDeployment();
            if (!isApplication(deployment)) {
                context.proceed();
                return;
            }
            if (wantsItsOwn()) {
                takeDown();
                context.proceed();
                return;
            }
            if (shared != null && container == event.getContainer() && container.getState() == Container.State.STARTED) {
                // what the container's deploy would have left in the class's deployment context, without deploying
                descriptionInContext.set(deployment.getDescription());
                deploymentInContext.set(deployment);
                if (protocolMetaData != null) {
                    protocolMetaDataInContext.set(protocolMetaData);
                }
                deployment.deployed();
                return;
            }
            context.proceed();
            if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
                shared = deployment;
                container = event.getContainer();
                protocolMetaData = protocolMetaDataInContext.get();
            }
        }

        public void undeploy(@Observes(precedence = INSIDE_CONTEXTS) EventContext<UnDeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            if (shared == null || !isApplication(deployment) || wantsItsOwn()) {
                context.proceed();
                return;
            }
            // the class is done with it; the next class finds it deployed
            deployment.undeployed();
        }

        /** Before the server stops: a deployment left on it would be deployed again by its next start. */
        public void stop(@Observes(precedence = INSIDE_CONTEXTS) EventContext<StopContainer> context) {
            if (context.getEvent().getContainer() == container) {
                takeDown();
            }
            context.proceed();
        }

        private void takeDown() {
            if (shared == null) {
                return;
            }
            Deployment deployment = shared;
            shared = null;
            if (container.getState() == Container.State.STARTED) {
                undeploy.fire(new UnDeployDeployment(container, deployment));
            }
            container = null;
            protocolMetaData = null;
        }

        private boolean wantsItsOwn() {
            TestClass current = testClass.get();
            return current != null && current.isAnnotationPresent(FreshApplication.class);
        }

        private static boolean isApplication(Deployment deployment) {
            DeploymentDescription description = deployment.getDescription();
            return description.isArchiveDeployment() && !description.testable()
                    && Deployments.APPLICATION_NAME.equals(description.getArchive().getName());
        }
    }
}

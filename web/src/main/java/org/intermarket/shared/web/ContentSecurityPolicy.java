package org.intermarket.shared.web;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Hands PrimeFaces the one policy of {@link SecurityHeadersFilter#POLICY} (as {@code primefaces.CSP_POLICY},
 * to which it appends each page's script nonce), so the policy is written once, in Java, and not again in web.xml.
 */
public class ContentSecurityPolicy implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitParameter("primefaces.CSP_POLICY", SecurityHeadersFilter.POLICY);
    }
}

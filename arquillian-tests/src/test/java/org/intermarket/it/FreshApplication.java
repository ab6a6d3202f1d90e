package org.intermarket.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that must have the application deployed for itself rather than share the suite's ({@link
 * SharedApplication}): one that changes what the deployment holds in a way later classes must not see.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@interface FreshApplication {
}

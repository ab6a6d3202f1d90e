package org.intermarket.registry;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** What a new password must be, wherever an account is opened or a password changed: see {@link PasswordPolicy}. */
@NotNull
@Constraint(validatedBy = PasswordPolicyValidator.class)
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
public @interface Password {

    String message() default "{password.guessable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

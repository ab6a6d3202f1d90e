package org.intermarket.registry;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** What a username may be, wherever an account is opened: 3 to 64 letters, digits, dots, dashes or underscores. */
@NotBlank
@Pattern(regexp = "[A-Za-z0-9._-]{3,64}")
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
public @interface Username {

    String message() default "a username is 3 to 64 letters, digits, dots, dashes or underscores";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

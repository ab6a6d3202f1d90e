package org.intermarket.registry;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Applies {@link PasswordPolicy}; the violation's template names the weakness, so each face can say it in its language. */
public class PasswordPolicyValidator implements ConstraintValidator<Password, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null) {
            return true;
        }
        return PasswordPolicy.weakness(password).map(weakness -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(weakness.template()).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}

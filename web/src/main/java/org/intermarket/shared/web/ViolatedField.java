package org.intermarket.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.StringJoiner;

/**
 * The field a Bean Validation failure is about, as the client and the bundles name it: the property
 * path without the method and parameter nodes ("organisation.creditCode"), or the parameter's own name
 * when the constraint sits on a service parameter ("reason"). The REST problems and the page messages
 * both use it, so an error names the same field on either face.
 */
public final class ViolatedField {

    private ViolatedField() {
    }

    public static String of(ConstraintViolation<?> violation) {
        StringJoiner properties = new StringJoiner(".");
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getName());
            } else if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        if (properties.length() > 0) {
            return properties.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}

package org.intermarket.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;

/** Who is calling the current service method, as the container authenticated them. */
@Stateless
public class Caller {

    public static final String ANONYMOUS = "anonymous";

    @Resource
    private SessionContext context;

    /** The caller's username, or {@value #ANONYMOUS}. */
    public String name() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equalsIgnoreCase(name) ? ANONYMOUS : name;
    }
}

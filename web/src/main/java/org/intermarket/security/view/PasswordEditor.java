package org.intermarket.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.intermarket.security.PasswordChange;
import org.intermarket.security.PasswordChangeForm;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.web.ClientAddress;

/** The password form on account/index.xhtml: the current password, the new one twice. Nothing is kept between requests. */
@Named
@RequestScoped
public class PasswordEditor {

    @Inject
    private PasswordChange passwords;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public void change() {
        if (newPassword != null && !newPassword.equals(repeated)) {
            Messages.error("password.change.mismatch");
            return;
        }
        String source = ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        if (Messages.attempt(() -> passwords.change(new PasswordChangeForm(currentPassword, newPassword), source))) {
            Messages.info("password.change.done");
        }
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return null;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
